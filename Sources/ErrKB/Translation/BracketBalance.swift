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
        // Walking Characters is slow. Where no scalar can join its neighbour into one Character,
        // the scalars are the Characters (a CR LF aside, which is no bracket either way).
        // The scalars come from decoding the buffer: the scalar view's iterator cost several
        // times as much, on every character of every pair.
        let walked: Int?? = ASCIIText.withBytes(of: text) { bytes in
            var balance = Balance()
            var problem: Int?
            var offset = 0
            var index = 0
            // Every scalar must stand alone, those after a problem too: one that joins the
            // bracket before it makes that bracket no bracket.
            while index < bytes.count {
                let (scalar, length) = BufferScalars.decode(bytes, at: index)
                guard standsAlone(scalar) else { return .none }
                if problem == nil { problem = balance.visit(role(of: scalar), at: offset) }
                offset += 1
                index += length
            }
            return .some(problem ?? balance.end())
        }
        return walked ?? firstProblemByCharacters(in: text)
    }

    /// `firstProblem`, Character by Character: the definition the scalar walk must agree with.
    static func firstProblemByCharacters(in text: String) -> Int? {
        var balance = Balance()
        var offset = 0
        for character in text {
            let scalars = character.unicodeScalars
            // A bracket with a combining mark is another Character, and no bracket.
            let role = scalars.index(after: scalars.startIndex) == scalars.endIndex ? role(of: scalars[scalars.startIndex]) : .other
            if let problem = balance.visit(role, at: offset) { return problem }
            offset += scalars.count
        }
        return balance.end()
    }

    /// ASCII and the common CJK scalars: ideographs, CJK punctuation (not its combining tone
    /// marks), full-width forms, curly quotes. None of them is a mark, joiner or prefix that
    /// grapheme breaking attaches to a neighbour.
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x7F, 0x4E00...0x9FFF, 0x3000...0x3029, 0x3030...0x303F, 0xFF01...0xFF60, 0x2018, 0x2019, 0x201C, 0x201D: true
        default: false
        }
    }

    /// The open brackets and straight quotes seen so far.
    private struct Balance {
        var stack: [(kind: Unicode.Scalar, offset: Int)] = []
        var straightQuotes: [Int] = []

        /// The offset of a closing bracket that does not match, else nil.
        mutating func visit(_ role: Role, at offset: Int) -> Int? {
            switch role {
            case .open(let kind): stack.append((kind, offset))
            case .close(let kind):
                guard stack.last?.kind == kind else { return offset }
                stack.removeLast()
            case .straightQuote: straightQuotes.append(offset)
            case .other: break
            }
            return nil
        }

        func end() -> Int? {
            if let open = stack.first { return open.offset }
            return straightQuotes.count % 2 == 1 ? straightQuotes.last : nil
        }
    }

    static func isBalanced(_ text: String) -> Bool { firstProblem(in: text) == nil }
}
