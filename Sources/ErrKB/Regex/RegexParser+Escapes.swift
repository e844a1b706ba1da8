/// Backslash escapes, outside a set (`_escape`) and inside one (`_class_escape`): the two
/// differ on `\b`, on which anchors exist, and on digits (group reference versus octal).
extension RegexParser {
    /// An escape outside a set; `letter` is the character after the backslash at `start`.
    mutating func parseEscape(_ letter: Unicode.Scalar, at start: Int) throws(RegexSyntaxError) {
        switch letter {
        case "A": append(.anchor(.stringStart), from: start, width: .zero)
        case "Z": append(.anchor(.stringEnd), from: start, width: .zero)
        case "b": append(.anchor(.wordBoundary), from: start, width: .zero)
        case "B": append(.anchor(.notWordBoundary), from: start, width: .zero)
        case "0":
            let digits = try scanner.get(upTo: 2) { $0.isOctalDigit }
            append(.literal(Self.octal([letter] + digits)), from: start, width: .one)
        case "1"..."9":
            try parseNumberedEscape(letter, at: start)
        default:
            if let escape = RegexClassEscape(letter: letter) {
                append(.classEscape(escape), from: start, width: .one)
            } else if let value = Self.controlEscape(letter) {
                append(.literal(value), from: start, width: .one)
            } else if let value = try codePointEscape(letter, at: start) {
                append(.literal(value), from: start, width: .one)
            } else {
                append(.literal(try plainEscape(letter, at: start)), from: start, width: .one)
            }
        }
    }

    /// An escape inside a set.
    mutating func classEscape(_ letter: Unicode.Scalar, at start: Int) throws(RegexSyntaxError) -> RegexCharacterClass.Item {
        if letter == "b" { return .literal(8) }
        if let value = Self.controlEscape(letter) { return .literal(value) }
        if let escape = RegexClassEscape(letter: letter) { return .classEscape(escape) }
        if let value = try codePointEscape(letter, at: start) { return .literal(value) }
        switch letter {
        case "0"..."7":
            let digits = [letter] + (try scanner.get(upTo: 2) { $0.isOctalDigit })
            return .literal(try checkedOctal(digits, at: start))
        case "8", "9":
            throw .syntax("bad escape \\" + String(letter), at: start)
        default:
            return .literal(try plainEscape(letter, at: start))
        }
    }

    /// `\1`…`\99` are group references, but three octal digits make an octal escape.
    private mutating func parseNumberedEscape(_ first: Unicode.Scalar, at start: Int) throws(RegexSyntaxError) {
        var digits = [first]
        if let second = scanner.next, second.isDigit {
            digits.append(second.scalar)
            try scanner.advance()
            if Self.isOctal(first), Self.isOctal(second.scalar), let third = scanner.next, third.isOctalDigit {
                digits.append(third.scalar)
                try scanner.advance()
                append(.literal(try checkedOctal(digits, at: start)), from: start, width: .one)
                return
            }
        }
        let group = digits.reduce(0) { $0 * 10 + Int($1.value - 48) }
        guard group < groupSlots else {
            throw .syntax("invalid group reference \(group)", at: start + 1)
        }
        guard let width = groupWidths[group] else {
            throw .syntax("cannot refer to an open group", at: start)
        }
        try checkLookbehindReference(group)
        append(.backreference(index: group, name: nil), from: start, width: width)
    }

    /// `\x`, `\u`, `\U` and `\N{...}`, shared by both contexts; nil for any other letter.
    private mutating func codePointEscape(_ letter: Unicode.Scalar, at start: Int) throws(RegexSyntaxError) -> UInt32? {
        let count: Int
        switch letter {
        case "x": count = 2
        case "u": count = 4
        case "U": count = 8
        case "N": return try namedEscape(at: start)
        default: return nil
        }
        let digits = try scanner.get(upTo: count) { $0.isHexDigit }
        let text = "\\" + String(letter) + String(String.UnicodeScalarView(digits))
        guard digits.count == count else { throw .syntax("incomplete escape " + text, at: start) }
        let value = digits.reduce(UInt32(0)) { $0 &* 16 &+ UInt32(Self.hexValue($1)) }
        // `\U` goes through `chr()`: past a C int it overflows, past the last code point it
        // raises the `ValueError` Python turns into "bad escape".
        if value > UInt32(Int32.max) {
            throw RegexSyntaxError(
                kind: .overflow, message: "Python int too large to convert to C int", offset: start, pythonPosition: nil)
        }
        guard value <= 0x10FFFF else { throw .syntax("bad escape " + text, at: start) }
        return value
    }

    /// `\N{NAME}`; the backslash and `N` are already consumed.
    private mutating func namedEscape(at start: Int) throws(RegexSyntaxError) -> UInt32 {
        guard try scanner.match("{") else { throw scanner.error("missing {") }
        let name = try scanner.name(until: "}", what: "character name")
        guard let value = UnicodeNameTable.lookup(String(String.UnicodeScalarView(name))) else {
            throw .syntax("undefined character name " + PythonText.repr(name), at: start)
        }
        return value
    }

    /// Any other escaped character: ASCII letters are reserved, everything else stands for itself.
    private func plainEscape(_ letter: Unicode.Scalar, at start: Int) throws(RegexSyntaxError) -> UInt32 {
        if ("a"..."z").contains(letter) || ("A"..."Z").contains(letter) {
            throw .syntax("bad escape \\" + String(letter), at: start)
        }
        return letter.value
    }

    private func checkedOctal(_ digits: [Unicode.Scalar], at start: Int) throws(RegexSyntaxError) -> UInt32 {
        let value = Self.octal(digits)
        guard value <= 0o377 else {
            let text = String(String.UnicodeScalarView(digits))
            throw .syntax("octal escape value \\\(text) outside of range 0-0o377", at: start)
        }
        return value
    }

    private static func controlEscape(_ letter: Unicode.Scalar) -> UInt32? {
        switch letter {
        case "a": return 7
        case "f": return 12
        case "n": return 10
        case "r": return 13
        case "t": return 9
        case "v": return 11
        case "\\": return 92
        default: return nil
        }
    }

    private static func isOctal(_ c: Unicode.Scalar) -> Bool { ("0"..."7").contains(c) }

    private static func octal(_ digits: [Unicode.Scalar]) -> UInt32 {
        digits.reduce(0) { $0 * 8 + ($1.value - 48) }
    }

    private static func hexValue(_ c: Unicode.Scalar) -> UInt32 {
        switch c {
        case "0"..."9": return c.value - 48
        case "a"..."f": return c.value - 87
        default: return c.value - 55
        }
    }
}
