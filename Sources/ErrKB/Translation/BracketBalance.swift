/// Whether brackets and paired quotes nest properly. Full-width brackets count as their ASCII
/// twins (`（` closes with `)` or `）`), so a translation may switch widths; Chinese quotes and
/// title marks (`「」`, `『』`, `“”`, `《》`) must pair among themselves; straight `"` must come in
/// pairs. The straight `'` is left out: English uses it as an apostrophe.
enum BracketBalance {
    private static let openers: [Character: Character] = [
        "(": "(", "（": "(", "[": "[", "【": "[", "［": "[", "{": "{", "｛": "{",
        "「": "「", "『": "『", "“": "“", "《": "《",
    ]
    private static let closers: [Character: Character] = [
        ")": "(", "）": "(", "]": "[", "】": "[", "］": "[", "}": "{", "｝": "{",
        "」": "「", "』": "『", "”": "“", "》": "《",
    ]

    /// The offset (in Unicode scalars) of the first character that breaks the balance, the end
    /// of the text for an unclosed bracket, or nil when balanced.
    static func firstProblem(in text: String) -> Int? {
        var stack: [(kind: Character, offset: Int)] = []
        var straightQuotes: [Int] = []
        var offset = 0
        for character in text {
            if let kind = openers[character] {
                stack.append((kind, offset))
            } else if let kind = closers[character] {
                guard stack.last?.kind == kind else { return offset }
                stack.removeLast()
            } else if character == "\"" {
                straightQuotes.append(offset)
            }
            offset += character.unicodeScalars.count
        }
        if let open = stack.first { return open.offset }
        return straightQuotes.count % 2 == 1 ? straightQuotes.last : nil
    }

    static func isBalanced(_ text: String) -> Bool { firstProblem(in: text) == nil }
}
