/// The character categories behind `\d \w \s \b` for `str` patterns, as Python 3.11's `sre`
/// defines them: Unicode-wide by default, ASCII-only under the `a` flag.
enum PythonCharacterKinds {
    /// `\w`: `str.isalnum()` or `_`.
    static func isWord(_ c: UInt32, ascii: Bool) -> Bool {
        if c < 0x80 { return isASCIIWord(c) }
        guard !ascii, let scalar = Unicode.Scalar(c), PythonText.isAssigned(scalar) else { return false }
        return PythonText.isAlpha(scalar) || scalar.properties.numericType != nil
    }

    /// `\d`: a decimal digit (general category Nd).
    static func isDigit(_ c: UInt32, ascii: Bool) -> Bool {
        if c < 0x80 { return c >= 0x30 && c <= 0x39 }
        guard !ascii, let scalar = Unicode.Scalar(c), PythonText.isAssigned(scalar) else { return false }
        return scalar.properties.generalCategory == .decimalNumber
    }

    /// `\s`: `str.isspace()`; under ASCII only the six C whitespace characters.
    static func isSpace(_ c: UInt32, ascii: Bool) -> Bool {
        if ascii || c < 0x80 && !(0x1C...0x1F).contains(c) { return c == 0x20 || (0x09...0x0D).contains(c) }
        guard let scalar = Unicode.Scalar(c) else { return false }
        return PythonText.isSpace(scalar)
    }

    private static func isASCIIWord(_ c: UInt32) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x5F
    }

    /// Whether `c` belongs to the class of `escape`.
    static func matches(_ escape: RegexClassEscape, _ c: UInt32, ascii: Bool) -> Bool {
        switch escape {
        case .digit: isDigit(c, ascii: ascii)
        case .notDigit: !isDigit(c, ascii: ascii)
        case .word: isWord(c, ascii: ascii)
        case .notWord: !isWord(c, ascii: ascii)
        case .space: isSpace(c, ascii: ascii)
        case .notSpace: !isSpace(c, ascii: ascii)
        }
    }
}
