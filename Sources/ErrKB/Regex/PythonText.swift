/// The few `str` behaviours of Python 3.11 that its regex parser relies on for its decisions and
/// its messages: `repr`, `isidentifier`, `isalpha` and `int()`.
///
/// Python 3.11 ships Unicode 14.0; Swift's tables are newer, so characters added later are
/// treated as unassigned, as Python sees them.
enum PythonText {
    /// True when Python 3.11's Unicode database knows the scalar.
    static func isAssigned(_ s: Unicode.Scalar) -> Bool {
        guard let age = s.properties.age else { return false }
        return age.major < 14 || (age.major == 14 && age.minor == 0)
    }

    /// `str.isidentifier()`.
    static func isIdentifier(_ name: [Unicode.Scalar]) -> Bool {
        guard let first = name.first else { return false }
        guard first == "_" || (isAssigned(first) && first.properties.isXIDStart) else { return false }
        return name.dropFirst().allSatisfy { isAssigned($0) && $0.properties.isXIDContinue }
    }

    /// `str.isalpha()` for one character.
    static func isAlpha(_ s: Unicode.Scalar) -> Bool {
        guard isAssigned(s) else { return false }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// `str.isspace()` for one character, as `int()` uses it to strip.
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0: return true
        default: return isAssigned(s) && s.properties.generalCategory == .spaceSeparator
            || s.value == 0x2028 || s.value == 0x2029
        }
    }

    /// The result of `int(text)` in base 10 as a sign and canonical decimal digits, or nil when
    /// `int()` would raise `ValueError`.
    static func integer(_ text: [Unicode.Scalar]) -> (isNegative: Bool, digits: String)? {
        var chars = text[...]
        while let c = chars.first, isSpace(c) { chars.removeFirst() }
        while let c = chars.last, isSpace(c) { chars.removeLast() }
        var isNegative = false
        if let sign = chars.first, sign == "+" || sign == "-" {
            isNegative = sign == "-"
            chars.removeFirst()
        }
        var digits = ""
        var previousWasDigit = false
        for c in chars {
            if c == "_" {
                guard previousWasDigit else { return nil }
                previousWasDigit = false
                continue
            }
            guard let value = decimalValue(c) else { return nil }
            if !(digits.isEmpty && value == 0) { digits.append(Character(Unicode.Scalar(UInt8(48 + value)))) }
            previousWasDigit = true
        }
        guard previousWasDigit else { return nil }
        return (isNegative, digits.isEmpty ? "0" : digits)
    }

    private static func decimalValue(_ c: Unicode.Scalar) -> Int? {
        if ("0"..."9").contains(c) { return Int(c.value - 48) }
        guard c.value > 0x7F, isAssigned(c), c.properties.numericType == .decimal,
              let value = c.properties.numericValue else { return nil }
        return Int(value)
    }

    /// `repr(str)`: quotes, backslash escapes, and hex escapes for unprintable characters.
    static func repr(_ text: [Unicode.Scalar]) -> String {
        let quote: Unicode.Scalar = text.contains("'") && !text.contains("\"") ? "\"" : "'"
        var out = String(quote)
        for c in text {
            switch c {
            case quote, "\\": out += "\\" + String(c)
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default:
                if isPrintable(c) {
                    out.unicodeScalars.append(c)
                } else if c.value < 0x100 {
                    out += "\\x" + hex(c.value, width: 2)
                } else if c.value < 0x10000 {
                    out += "\\u" + hex(c.value, width: 4)
                } else {
                    out += "\\U" + hex(c.value, width: 8)
                }
            }
        }
        out.unicodeScalars.append(quote)
        return out
    }

    /// `str.isprintable()` for one character.
    private static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        if c == " " { return true }
        if c.value < 0x7F { return c.value >= 0x20 }
        guard isAssigned(c) else { return false }
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
