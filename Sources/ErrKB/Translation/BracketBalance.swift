/// Whether brackets and paired quotes nest properly. Full-width brackets count as their ASCII
/// twins (`（` closes with `)` or `）`), so a translation may switch widths; Chinese quotes and
/// title marks (`「」`, `『』`, `“”`, `《》`) must pair among themselves; straight `"` must come in
/// pairs. The straight `'` is left out: English uses it as an apostrophe.
enum BracketBalance {
    /// The bracket a scalar opens or closes, by its ASCII or single-scalar kind (`（` opens `(`).
    /// A switch, not a dictionary of Characters: this runs on every character of every pair.
    private enum Role { case open(Unicode.Scalar), close(Unicode.Scalar), straightQuote, other }

    private static func role(of scalar: Unicode.Scalar) -> Role {
        switch scalar {
        case "(", "（": .open("(")
        case "[", "【", "［": .open("[")
        case "{", "｛": .open("{")
        case "「", "『", "“", "《": .open(scalar)
        case ")", "）": .close("(")
        case "]", "】", "］": .close("[")
        case "}", "｝": .close("{")
        case "」": .close("「")
        case "』": .close("『")
        case "”": .close("“")
        case "》": .close("《")
        case "\"": .straightQuote
        default: .other
        }
    }

    /// The offset (in Unicode scalars) of the first character that breaks the balance, the end
    /// of the text for an unclosed bracket, or nil when balanced.
    static func firstProblem(in text: String) -> Int? {
        var stack: [(kind: Unicode.Scalar, offset: Int)] = []
        var straightQuotes: [Int] = []
        var offset = 0
        for character in text {
            let scalars = character.unicodeScalars
            // A bracket with a combining mark is another Character, and no bracket.
            let role = scalars.index(after: scalars.startIndex) == scalars.endIndex ? role(of: scalars[scalars.startIndex]) : .other
            switch role {
            case .open(let kind): stack.append((kind, offset))
            case .close(let kind):
                guard stack.last?.kind == kind else { return offset }
                stack.removeLast()
            case .straightQuote: straightQuotes.append(offset)
            case .other: break
            }
            offset += scalars.count
        }
        if let open = stack.first { return open.offset }
        return straightQuotes.count % 2 == 1 ? straightQuotes.last : nil
    }

    static func isBalanced(_ text: String) -> Bool { firstProblem(in: text) == nil }
}
