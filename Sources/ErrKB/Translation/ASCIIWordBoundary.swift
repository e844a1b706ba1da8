/// Where Swift's `Regex` finds `\b` in ASCII text: the default word boundaries of Unicode's
/// UAX #29, not the simple `\w`/`\W` change (`a.b` and `a:b` are one word, `1.5` and `1,5` one
/// number), and always at the ends of the text. Lets a hand-written matcher answer as a regex
/// with `\b` does, without running Swift's slow `Regex`.
enum ASCIIWordBoundary {
    /// The Word_Break property values that ASCII has.
    private enum Kind {
        case letter, numeric, extendNumLet, midLetter, midNum, midNumLet, singleQuote, newline, space, other
    }

    private static func kind(_ byte: UInt8) -> Kind {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): .letter
        case UInt8(ascii: "0")...UInt8(ascii: "9"): .numeric
        case UInt8(ascii: "_"): .extendNumLet
        case UInt8(ascii: ":"): .midLetter
        case UInt8(ascii: ","), UInt8(ascii: ";"): .midNum
        case UInt8(ascii: "."): .midNumLet
        case UInt8(ascii: "'"): .singleQuote
        case 0x0A, 0x0B, 0x0C, 0x0D: .newline
        case UInt8(ascii: " "): .space
        default: .other
        }
    }

    /// Whether there is a word boundary before `bytes[index]`, `bytes` being ASCII text.
    static func isBoundary(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index > 0, index < bytes.count else { return true }
        let before = kind(bytes[index - 1])
        let after = kind(bytes[index])
        let beforeThat = index >= 2 ? kind(bytes[index - 2]) : nil
        let afterThat = index + 1 < bytes.count ? kind(bytes[index + 1]) : nil
        let isMidLetter = { (kind: Kind) in kind == .midLetter || kind == .midNumLet || kind == .singleQuote }
        let isMidNum = { (kind: Kind) in kind == .midNum || kind == .midNumLet || kind == .singleQuote }
        switch (before, after) {
        case (.newline, _), (_, .newline): return !(bytes[index - 1] == 0x0D && bytes[index] == 0x0A)  // WB3, WB3a, WB3b
        case (.space, .space): return false  // WB3d
        case (.letter, .letter), (.numeric, .numeric), (.letter, .numeric), (.numeric, .letter): return false  // WB5, WB8–WB10
        case (.letter, _) where isMidLetter(after) && afterThat == .letter: return false  // WB6
        case (_, .letter) where isMidLetter(before) && beforeThat == .letter: return false  // WB7
        case (.numeric, _) where isMidNum(after) && afterThat == .numeric: return false  // WB12
        case (_, .numeric) where isMidNum(before) && beforeThat == .numeric: return false  // WB11
        case (.letter, .extendNumLet), (.numeric, .extendNumLet), (.extendNumLet, .extendNumLet): return false  // WB13a
        case (.extendNumLet, .letter), (.extendNumLet, .numeric): return false  // WB13b
        default: return true  // WB999
        }
    }
}
