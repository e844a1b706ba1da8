/// Chooses how a string is written in YAML so that any YAML reader, and errkb's schema-guided
/// typing, reads back the same string: plain when nothing could misread it, single-quoted when
/// that suffices, a literal block for multi-line text, double-quoted with escapes otherwise.
enum YAMLScalarStyle {
    case plain, singleQuoted, doubleQuoted, literal

    static func choose(for text: String) -> YAMLScalarStyle {
        if ASCIIText.foundationContains(UInt8(ascii: "\n"), in: text) { return canBeLiteral(text) ? .literal : .doubleQuoted }
        // Printable ASCII, as nearly every key and most values are, needs no escape, and the
        // plain-style checks can run on its bytes.
        if let plain = ASCIIText.withBytes(of: text, { bytes in bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F } ? canBePlainASCII(bytes, text) : nil }) {
            return plain ? .plain : .singleQuoted
        }
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
        let isIndicator = { (byte: UInt8) in "-?:,[]{}#&*!|>'\"%@`".utf8.contains(byte) }
        guard let first = bytes.first, let last = bytes.last, !isIndicator(first), first != UInt8(ascii: " "),
              last != UInt8(ascii: " "), last != UInt8(ascii: ":"),
              !bytes.starts(with: "---".utf8), !bytes.starts(with: "...".utf8)
        else { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            if (previous == UInt8(ascii: ":") && byte == UInt8(ascii: " ")) || (previous == UInt8(ascii: " ") && byte == UInt8(ascii: "#")) {
                return false
            }
            previous = byte
        }
        if bytes.count <= 5, specialWords.contains(text) { return false }
        let start = first == UInt8(ascii: "-") || first == UInt8(ascii: "+") ? (bytes.count > 1 ? bytes[1] : nil) : first
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
        let bytes = text.utf8
        // A block of nothing but line breaks reads back as an empty string.
        guard bytes.contains(where: { $0 != UInt8(ascii: "\n") }) else { return false }
        guard !text.unicodeScalars.contains(where: { $0 != "\n" && $0 != "\t" && needsEscape($0) }) else { return false }
        // Lines are split on bytes: with `\r` ruled out above, `\n` and `\t` are Characters of
        // their own (a control never joins its neighbours), and a line is blank exactly when all
        // its bytes are spaces and tabs.
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        // Whitespace-only lines and leading tabs are read as indentation, not content.
        return !lines.contains { line in
            (!line.isEmpty && line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) || line.first == UInt8(ascii: "\t")
        }
    }
}
