/// Chooses how a string is written in YAML so that any YAML reader, and errkb's schema-guided
/// typing, reads back the same string: plain when nothing could misread it, single-quoted when
/// that suffices, a literal block for multi-line text, double-quoted with escapes otherwise.
enum YAMLScalarStyle {
    case plain, singleQuoted, doubleQuoted, literal

    static func choose(for text: String) -> YAMLScalarStyle {
        if ASCIIText.foundationContains(UInt8(ascii: "\n"), in: text) { return canBeLiteral(text) ? .literal : .doubleQuoted }
        if text.unicodeScalars.contains(where: needsEscape) { return .doubleQuoted }
        return canBePlain(text) ? .plain : .singleQuoted
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
    /// Character, yet YAML still sees the `#`.
    private static func canBePlain(_ text: String) -> Bool {
        if let answer = asciiCanBePlain(text) { return answer }
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last, !specialWords.contains(text),
              !indicators.contains(first), first != " ", last != " ", last != ":",
              !zip(scalars, scalars.dropFirst()).contains(where: { ($0 == ":" && $1 == " ") || ($0 == " " && $1 == "#") }),
              !text.hasPrefix("---"), !text.hasPrefix("...")
        else { return false }
        return !looksLikeNumberOrDate(text)
    }

    /// `canBePlain` decided on the bytes of an ASCII text, where a byte is a scalar (most
    /// values); nil for other text. Only a text that may be a number, date or special word
    /// goes on to the general checks.
    private static func asciiCanBePlain(_ text: String) -> Bool? {
        let bytes = text.utf8
        guard let first = bytes.first, let last = bytes.last else { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            if byte >= 0x80 { return nil }
            if (previous == UInt8(ascii: ":") && byte == UInt8(ascii: " ")) || (previous == UInt8(ascii: " ") && byte == UInt8(ascii: "#")) {
                return false
            }
            previous = byte
        }
        if indicators.contains(Unicode.Scalar(first)) || first == UInt8(ascii: " ") || last == UInt8(ascii: " ") || last == UInt8(ascii: ":") {
            return false
        }
        if text.hasPrefix("---") || text.hasPrefix("...") { return false }
        // Special words are short; numbers and dates start with a digit, a dot or a sign.
        if bytes.count <= 5, specialWords.contains(text) { return false }
        let start = first == UInt8(ascii: "-") || first == UInt8(ascii: "+") ? bytes.dropFirst().first : first
        guard let start, ASCIIText.isDigit(start) || start == UInt8(ascii: ".") else { return true }
        return !looksLikeNumberOrDate(text)
    }

    /// YAML 1.1 and 1.2 resolvers read these as numbers, dates or special floats.
    private static func looksLikeNumberOrDate(_ text: String) -> Bool {
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

    private static func canBeLiteral(_ text: String) -> Bool {
        // A block of nothing but line breaks reads back as an empty string.
        guard text.contains(where: { $0 != "\n" }) else { return false }
        guard !text.unicodeScalars.contains(where: { $0 != "\n" && $0 != "\t" && needsEscape($0) }) else { return false }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // Whitespace-only lines and leading tabs are read as indentation, not content.
        return !lines.contains { line in
            (!line.isEmpty && line.allSatisfy { $0 == " " || $0 == "\t" }) || line.hasPrefix("\t")
        }
    }
}
