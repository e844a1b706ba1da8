/// Chinese (Han) character detection: the CJK Unified Ideographs blocks and compatibility
/// ideographs. Punctuation such as `，` is not a Han character.
enum HanCharacters {
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2EBEF, 0xF900...0xFAFF, 0x30000...0x323AF: true
        default: false
        }
    }

    /// Whether `text` has at least one Han character (ASCII, told from the buffer, has none).
    static func contains(_ text: some StringProtocol) -> Bool {
        !ASCIIText.isASCII(text) && text.unicodeScalars.contains(where: isHan)
    }

    /// The offset (in Unicode scalars) of the first Han character of `text`.
    static func firstOffset(in text: String) -> Int? {
        // Most texts asked are English: ASCII holds no Han character, and telling that from the
        // buffer costs far less than walking the scalars.
        if ASCIIText.isASCII(text) { return nil }
        return firstOffsetByScalars(in: text)
    }

    /// `firstOffset` on the Unicode scalars: the definition the ASCII shortcut must agree with.
    static func firstOffsetByScalars(in text: String) -> Int? {
        text.unicodeScalars.firstIndex(where: isHan).map { text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: $0) }
    }
}
