/// A version compared the way people read versions: `1.10` after `1.9`, `2.0.0rc1` before `2.0.0`.
struct VersionNumber: Comparable {
    private enum Part: Comparable {
        case number(Int)
        case text(String)

        static func < (lhs: Part, rhs: Part) -> Bool {
            switch (lhs, rhs) {
            case (.number(let a), .number(let b)): a < b
            case (.text(let a), .text(let b)): a < b
            // A pre-release tag (text) sorts before a further number: 1.0rc1 < 1.0.1.
            case (.text, .number): true
            case (.number, .text): false
            }
        }
    }

    private let parts: [Part]

    /// Reads `v1.10.0-rc.1` as 1, 10, 0, "rc", 1; nil when the text holds no digit.
    init?(_ text: String) {
        var parts: [Part] = []
        var digits = ""
        var letters = ""
        func flush() {
            if !digits.isEmpty { parts.append(.number(Int(digits.prefix(18)) ?? 0)); digits = "" }
            if !letters.isEmpty { parts.append(.text(letters.lowercased())); letters = "" }
        }
        var body = Substring(text)
        if body.first == "v" || body.first == "V" { body = body.dropFirst() }
        for character in body {
            if character.isASCII, character.isNumber {
                if !letters.isEmpty { flush() }
                digits.append(character)
            } else if character.isASCII, character.isLetter {
                if !digits.isEmpty { flush() }
                letters.append(character)
            } else {
                flush()
            }
        }
        flush()
        guard parts.contains(where: { if case .number = $0 { true } else { false } }) else { return nil }
        self.parts = parts
    }

    /// Missing parts count as 0 (1.0 == 1.0.0), except against a pre-release tag: 1.0rc1 < 1.0.
    static func < (lhs: VersionNumber, rhs: VersionNumber) -> Bool {
        for i in 0..<Swift.max(lhs.parts.count, rhs.parts.count) {
            let a = i < lhs.parts.count ? lhs.parts[i] : nil
            let b = i < rhs.parts.count ? rhs.parts[i] : nil
            switch (a, b) {
            case (.text?, nil): return true
            case (nil, .text?): return false
            default:
                let left = a ?? .number(0), right = b ?? .number(0)
                if left != right { return left < right }
            }
        }
        return false
    }
}
