/// Chooses how a string is written in YAML so that any YAML reader, and errkb's schema-guided
/// typing, reads back the same string: plain when nothing could misread it, single-quoted when
/// that suffices, a literal block for multi-line text, double-quoted with escapes otherwise.
enum YAMLScalarStyle {
    case plain, singleQuoted, doubleQuoted, literal

    static func choose(for text: String) -> YAMLScalarStyle {
        // On the bytes: every key and value written asks, and walking the scalars of a Chinese
        // text cost some 1,500 instructions. Printable ASCII, as nearly every key and most values
        // are, holds no line break and needs no escape.
        let printable: Bool? = ASCIIText.withBytes(of: text) { bytes in
            ASCIIText.isPrintableASCII(bytes) ? canBePlainASCII(bytes, text) : nil
        }
        if let printable { return printable ? .plain : .singleQuoted }
        if ASCIIText.foundationContains(UInt8(ascii: "\n"), in: text) { return canBeLiteral(text) ? .literal : .doubleQuoted }
        let onBytes: YAMLScalarStyle? = ASCIIText.withBytes(of: text) { bytes in
            var isASCII = true
            for index in bytes.indices {
                let byte = bytes[index]
                if byte < 0x20 || byte == 0x7F { return .doubleQuoted }
                if byte >= 0x80 {
                    isASCII = false
                    // Only these lead bytes open a sequence that needs an escape (Chinese opens with E3–E9).
                    if byte == 0xC2 || byte == 0xE2 || byte == 0xEF, escapedSequenceLength(bytes, at: index) > 0 { return .doubleQuoted }
                }
            }
            // The plain-style checks on bytes agree with those on scalars but where Characters
            // count: beyond ASCII, a text that opens like a number (`looksLikeNumberOrDate`) or
            // like `...` (`hasPrefix`) is left to the scalars. (`---` opens with an indicator.)
            if !isASCII, opensLikeNumber(bytes) { return nil }
            return canBePlainASCII(bytes, text) ? .plain : .singleQuoted
        }
        return onBytes ?? (canBePlain(text) ? .plain : .singleQuoted)
    }

    /// `choose` by its definition on Unicode scalars: what the byte walk must agree with.
    static func chooseByScalars(for text: String) -> YAMLScalarStyle {
        if ASCIIText.foundationContains(UInt8(ascii: "\n"), in: text) { return canBeLiteral(text) ? .literal : .doubleQuoted }
        if text.unicodeScalars.contains(where: needsEscape) { return .doubleQuoted }
        return canBePlain(text) ? .plain : .singleQuoted
    }

    /// Whether the bytes open, after a sign, with an ASCII digit or a dot.
    private static func opensLikeNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
        return index < bytes.count && (ASCIIText.isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "."))
    }

    /// Scalars that only a double-quoted escape can carry: controls (tab included, to keep the
    /// text visible), and the characters libyaml treats as line breaks or a byte-order mark.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || v == 0xFEFF
            || (0xD800...0xDFFF).contains(v) || v == 0xFFFE || v == 0xFFFF
    }

    private static let indicators: Set<Unicode.Scalar> = ["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`"]
    private static let specialWords: Set<String> = [
        "", "~", "null", "Null", "NULL", "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
        "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "=", "<<",
    ]

    /// Checks run on Unicode scalars, not Characters: a combining mark after `#` makes one
    /// Character, yet YAML still sees the `#`. One pass, no copy: every value written goes here.
    static func canBePlain(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last,
              !indicators.contains(first), first != " ", last != " ", last != ":",
              !text.hasPrefix("---"), !text.hasPrefix("...")
        else { return false }
        var previous: Unicode.Scalar = "\0"
        for scalar in scalars {
            if (previous == ":" && scalar == " ") || (previous == " " && scalar == "#") { return false }
            previous = scalar
        }
        // Special words are short ASCII; numbers and dates begin, after a sign, with an ASCII
        // digit or a dot, so only those texts need the slower checks.
        if text.utf8.count <= 5, specialWords.contains(text) { return false }
        let start = first == "-" || first == "+" ? scalars.dropFirst().first : first
        guard let start, ("0"..."9").contains(start) || start == "." else { return true }
        return !looksLikeNumberOrDate(text)
    }

    /// `canBePlain` on the bytes of printable ASCII `text`, where a byte is a scalar and a
    /// Character.
    static func canBePlainASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Bool {
        guard let first = bytes.first, let last = bytes.last, !isIndicator(first), first != UInt8(ascii: " "),
              last != UInt8(ascii: " "), last != UInt8(ascii: ":"), !startsWithDocumentMarker(bytes)
        else { return false }
        if ASCIIText.containsPair(UInt8(ascii: ":"), UInt8(ascii: " "), in: bytes)
            || ASCIIText.containsPair(UInt8(ascii: " "), UInt8(ascii: "#"), in: bytes) {
            return false
        }
        if bytes.count <= 5, specialWords.contains(text) { return false }
        let start = first == UInt8(ascii: "-") || first == UInt8(ascii: "+") ? (bytes.count > 1 ? bytes[1] : nil) : first
        guard let start, ASCIIText.isDigit(start) || start == UInt8(ascii: ".") else { return true }
        return !looksLikeNumberOrDateASCII(bytes)
    }

    /// `indicators.contains` for an ASCII byte. A switch: searching a string's UTF-8 for the
    /// byte cost some 600 instructions, and every key and value written asks it.
    private static func isIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
             UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
             UInt8(ascii: "`"):
            return true
        default:
            return false
        }
    }

    /// Whether the bytes open with `---` or `...`, which YAML reads as a document marker.
    private static func startsWithDocumentMarker(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 3, bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: ".") else { return false }
        return bytes[1] == bytes[0] && bytes[2] == bytes[0]
    }

    /// YAML 1.1 and 1.2 resolvers read these as numbers, dates or special floats.
    static func looksLikeNumberOrDate(_ text: String) -> Bool {
        let lower = text.lowercased()
        if [".inf", "-.inf", "+.inf", ".nan"].contains(lower) { return true }
        var body = Substring(lower)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        if body.hasPrefix("0x") || body.hasPrefix("0o") || body.hasPrefix("0b") { return true }
        guard let first = body.first, first.isNumber || first == "." else { return false }
        // Digits with separators YAML 1.1 allows (`_`, sexagesimal `:`, exponents, dates) —
        // anything made only of these characters is quoted rather than risked.
        return body.allSatisfy { $0.isASCII && ($0.isNumber || "._:-+eEtTzZ ".contains($0)) }
    }

    /// `looksLikeNumberOrDate` on the bytes of ASCII text, where lowercasing is per byte and
    /// `isNumber` means a digit: every number and date written (rates, dates, versions) asks,
    /// and the Character walk with its lowercased copy cost some 15,000 instructions each.
    static func looksLikeNumberOrDateASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let lower = { (index: Int) -> UInt8 in ASCIIText.isUppercase(bytes[index]) ? bytes[index] | 0x20 : bytes[index] }
        var start = 0
        if !bytes.isEmpty, bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") { start = 1 }
        let count = bytes.count - start
        // `.inf`, `-.inf`, `+.inf`, and `.nan` (unsigned only).
        if count == 4, bytes[start] == UInt8(ascii: ".") {
            let word = (lower(start + 1), lower(start + 2), lower(start + 3))
            if word == (UInt8(ascii: "i"), UInt8(ascii: "n"), UInt8(ascii: "f")) { return true }
            if start == 0, word == (UInt8(ascii: "n"), UInt8(ascii: "a"), UInt8(ascii: "n")) { return true }
        }
        if count >= 2, bytes[start] == UInt8(ascii: "0"),
           [UInt8(ascii: "x"), UInt8(ascii: "o"), UInt8(ascii: "b")].contains(lower(start + 1)) {
            return true
        }
        guard count >= 1, ASCIIText.isDigit(bytes[start]) || bytes[start] == UInt8(ascii: ".") else { return false }
        for index in start..<bytes.count {
            switch lower(index) {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: "-"),
                 UInt8(ascii: "+"), UInt8(ascii: "e"), UInt8(ascii: "t"), UInt8(ascii: "z"), UInt8(ascii: " "):
                continue
            default:
                return false
            }
        }
        return true
    }

    /// Whether `text`, which holds a line break, reads back unchanged as a literal block.
    static func canBeLiteral(_ text: String) -> Bool {
        ASCIIText.withBytes(of: text) { bytes in
            // A block of nothing but line breaks reads back as an empty string.
            var onlyBreaks = true
            // Whitespace-only lines and leading tabs are read as indentation, not content. Lines
            // are cut at bytes: with `\r` ruled out (it needs an escape), `\n` and `\t` are
            // Characters of their own, and a line is blank exactly when all its bytes are spaces
            // and tabs.
            var lineStart = true
            var lineBlank = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if byte == UInt8(ascii: "\n") {
                    if lineBlank { return false }
                    lineStart = true
                    lineBlank = false
                    continue
                }
                onlyBreaks = false
                let isBlank = byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
                if lineStart {
                    if byte == UInt8(ascii: "\t") { return false }
                    lineBlank = true
                }
                lineStart = false
                if !isBlank { lineBlank = false }
                if byte == UInt8(ascii: "\t") { continue }
                if byte < 0x80 {
                    if byte < 0x20 || byte == 0x7F { return false }
                } else if escapedSequenceLength(bytes, at: index - 1) > 0 {
                    return false
                }
            }
            return !onlyBreaks && !lineBlank
        }
    }

    /// The length of the UTF-8 sequence at `index` when it encodes a scalar above ASCII that
    /// `needsEscape`, else 0: U+0080–U+009F (`C2 80`–`C2 9F`), U+2028 and U+2029 (`E2 80 A8`,
    /// `E2 80 A9`), U+FEFF (`EF BB BF`), U+FFFE and U+FFFF (`EF BF BE`, `EF BF BF`). Surrogates
    /// cannot occur in a String. Lead bytes never occur inside a sequence, so a byte walk that
    /// asks at every byte finds exactly these scalars.
    static func escapedSequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let remaining = bytes.count - index
        switch bytes[index] {
        case 0xC2 where remaining >= 2 && bytes[index + 1] <= 0x9F:
            return 2
        case 0xE2 where remaining >= 3 && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
            return 3
        case 0xEF where remaining >= 3 && ((bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF)
                                           || (bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE)):
            return 3
        default:
            return 0
        }
    }

    /// `canBeLiteral` by its definition on Unicode scalars and split lines: what the byte walk
    /// must agree with.
    static func canBeLiteralByScalars(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.contains(where: { $0 != UInt8(ascii: "\n") }) else { return false }
        guard !text.unicodeScalars.contains(where: { $0 != "\n" && $0 != "\t" && needsEscape($0) }) else { return false }
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        return !lines.contains { line in
            (!line.isEmpty && line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) || line.first == UInt8(ascii: "\t")
        }
    }
}
