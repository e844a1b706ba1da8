import Foundation

/// Byte-level tests on source text, used as fast paths by the translation helpers, the
/// formatter, the YAML writer and the suppression scan. Nearly all English text is ASCII, where
/// a byte is a Character and Unicode's letter, digit and space classes are the few listed here;
/// text that is not ASCII takes the Unicode-aware path of each caller.
enum ASCIIText {
    /// Read from the text's buffer: walking `UTF8View`'s iterator cost about 15 instructions a byte.
    static func isASCII(_ text: some StringProtocol) -> Bool { withBytes(of: text) { $0.allSatisfy { $0 < 0x80 } } }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
    static func isUppercase(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
    /// `\w` in ASCII: letters, digits, underscore.
    static func isWord(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "_") }
    /// What `\s` and `Character.isWhitespace` take in ASCII: tab, line feed, vertical tab, form
    /// feed, carriage return, space.
    static func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || (byte >= 0x09 && byte <= 0x0D) }

    /// `text.allSatisfy(\.isWhitespace)`, answered from the first scalar when that is not
    /// whitespace: a Character is whitespace when its first scalar is, so such a text is not
    /// blank. Nearly every text opens so, and taking its first Character to ask cost some 340
    /// instructions (a grapheme break and a Unicode property lookup), for every text of a record.
    static func isBlank<Text: StringProtocol>(_ text: Text) -> Bool {
        guard let first = text.unicodeScalars.first else { return true }
        guard isWhiteSpace(first) else { return false }
        return text.allSatisfy(\.isWhitespace)
    }

    /// Unicode's White_Space property (`Unicode.Scalar.Properties.isWhitespace`), as a switch
    /// instead of a table lookup: these 25 scalars since Unicode 6.3, and a test compares the
    /// two on every scalar.
    static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// `text.split(separator: separator, omittingEmptySubsequences: false)` for an ASCII
    /// separator other than CR and LF, cut at the bytes when the text is ASCII: there every other
    /// byte is a Character of its own, since ASCII joins only CR LF. Splitting by Character walks
    /// grapheme breaks, which cost a record's id and file path several thousand instructions each.
    static func split<Text: StringProtocol>(_ text: Text, separator: UInt8) -> [Substring] where Text.SubSequence == Substring {
        // The separators' offsets, from the buffer; nil when the text is not ASCII.
        let offsets: [Int]? = withBytes(of: text) { bytes in
            var offsets: [Int] = []
            for (offset, byte) in bytes.enumerated() {
                guard byte < 0x80 else { return nil }
                if byte == separator { offsets.append(offset) }
            }
            return offsets
        }
        guard let offsets else {
            return text.split(separator: Character(Unicode.Scalar(separator)), omittingEmptySubsequences: false)
        }
        var parts: [Substring] = []
        parts.reserveCapacity(offsets.count + 1)
        var start = text.startIndex
        for offset in offsets {
            let index = text.utf8.index(text.startIndex, offsetBy: offset)
            parts.append(text[start..<index])
            start = text.utf8.index(after: index)
        }
        parts.append(text[start...])
        return parts
    }

    /// Whether the UTF-8 of `needle` occurs in that of `text`: an exact byte search, which for
    /// finding that a text holds no such literal is the same as any Unicode-aware search.
    ///
    /// `anchor`: the offset of the needle's byte to look for first, best its rarest in the texts
    /// searched (the suppression scan's "errkb-disable" would stop at every "e" of a record).
    static func contains(_ needle: String, in text: String, anchor: Int = 0) -> Bool {
        var needle = needle
        return needle.withUTF8 { pattern in
            guard let patternStart = pattern.baseAddress, !pattern.isEmpty else { return true }
            precondition(pattern.indices.contains(anchor), "the anchor must lie in the needle")
            // memchr for the anchor byte, then memcmp: both vectorised. Walking `UTF8View` indices
            // a byte at a time cost several percent of a whole `validate` in the suppression scan.
            return withBytes(of: text) { bytes in
                guard let textStart = bytes.baseAddress, bytes.count >= pattern.count else { return false }
                // Where the anchor byte of a match can lie.
                var cursor = textStart + anchor
                let lastAnchor = textStart + (bytes.count - pattern.count) + anchor
                while cursor <= lastAnchor {
                    guard let found = memchr(cursor, Int32(pattern[anchor]), lastAnchor - cursor + 1) else { return false }
                    let candidate = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(candidate - anchor, patternStart, pattern.count) == 0 { return true }
                    cursor = candidate + 1
                }
                return false
            }
        }
    }

    /// Whether `byte` occurs in the UTF-8 of `text`: memchr, where `utf8.contains` goes a byte
    /// at a time through an iterator.
    static func contains(_ byte: UInt8, in text: some StringProtocol) -> Bool {
        withBytes(of: text) { bytes in
            guard let start = bytes.baseAddress else { return false }
            return memchr(start, Int32(byte), bytes.count) != nil
        }
    }

    /// Foundation's `text.contains(needle)` for a one-byte ASCII needle, answered from the bytes
    /// where that is certain: no such byte means no match (nothing else is canonically
    /// equivalent to it), and in ASCII text without `\r` every Character is one byte. Only other
    /// text pays for Foundation's Unicode-aware search.
    ///
    /// More precisely, an occurrence between two ASCII bytes other than `\r` (or at an end of the
    /// text) is a Character of its own in any segmentation, Foundation's included, since ASCII
    /// characters join nothing but CR LF; so one such occurrence answers the question, as it
    /// does in most non-ASCII texts too. `needle` must be ASCII.
    static func foundationContains(_ needle: UInt8, in text: some StringProtocol) -> Bool {
        let isPlain: (UInt8) -> Bool = { $0 < 0x80 && $0 != UInt8(ascii: "\r") }
        let answer: Bool? = withBytes(of: text) { bytes in
            guard bytes.contains(needle) else { return false }
            var previous: UInt8?
            var isPendingOccurrence = false
            for byte in bytes {
                if isPendingOccurrence, isPlain(byte), !(needle == UInt8(ascii: "\r") && byte == UInt8(ascii: "\n")) { return true }
                isPendingOccurrence = byte == needle && previous.map(isPlain) ?? true
                previous = byte
            }
            return isPendingOccurrence ? true : nil
        }
        return answer ?? text.contains(String(UnicodeScalar(needle)))
    }

    /// `body` on the text's UTF-8 in one buffer: a loop over a buffer pointer runs much faster
    /// than one over `UTF8View`'s indices. Only a text without contiguous storage is copied.
    static func withBytes<Result>(of text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// Whether two texts have the same UTF-8 bytes, compared as one block of memory (the generic
    /// `elementsEqual` goes a byte at a time through an iterator). Unlike `==`, no normalization:
    /// canonically equivalent texts with different scalars differ here.
    static func sameBytes(_ first: String, _ second: String) -> Bool {
        var first = first
        var second = second
        return first.withUTF8 { a in
            second.withUTF8 { b in
                a.count == b.count && (a.count == 0 || a.baseAddress == b.baseAddress || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
            }
        }
    }

    /// Whether the bytes `first` sort before `second`: for ASCII text, the order of `<` on
    /// Strings.
    static func bytesPrecede(_ first: [UInt8], _ second: [UInt8]) -> Bool {
        first.withUnsafeBufferPointer { a in second.withUnsafeBufferPointer { b in bytesPrecede(a, b) } }
    }

    static func bytesPrecede(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let common = min(a.count, b.count)
        let order = common == 0 ? 0 : memcmp(a.baseAddress!, b.baseAddress!, common)
        return order != 0 ? order < 0 : a.count < b.count
    }

    /// `sameBytes` of UTF-8 not yet made a String and a text.
    static func sameBytes(_ bytes: [UInt8], _ text: String) -> Bool {
        var text = text
        return bytes.withUnsafeBufferPointer { a in
            text.withUTF8 { b in a.count == b.count && (a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0) }
        }
    }
}
