import Foundation

/// Code compared as tokens: string literal contents become one placeholder and comments
/// (`#` or `//` at the start or after a space) are dropped, so a translation may translate
/// messages and comments but not the code around them.
enum CodeTokens {
    static let stringPlaceholder = "\"…\""

    /// `line` with every string literal replaced by the placeholder and any comment removed.
    static func stripped(_ line: String) -> String {
        var result = ""
        var quote: Character?
        var escaped = false
        var previous: Character = " "
        var characters = line[...]
        while let character = characters.popFirst() {
            if let open = quote {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == open { quote = nil }
                continue
            }
            if character == "'" || character == "\"" || character == "`" {
                quote = character
                result += stringPlaceholder
            } else if previous.isWhitespace, character == "#" || (character == "/" && characters.first == "/") {
                break
            } else {
                result.append(character)
            }
            previous = character
        }
        return result
    }

    /// The tokens of a code line: names and numbers whole, every other symbol alone.
    static func tokens(of line: String) -> [String] {
        var tokens: [String] = []
        var word = ""
        let text = stripped(line)
        var index = text.startIndex
        while index < text.endIndex {
            if text[index...].hasPrefix(stringPlaceholder) {
                if !word.isEmpty { tokens.append(word); word = "" }
                tokens.append(stringPlaceholder)
                index = text.index(index, offsetBy: stringPlaceholder.count)
                continue
            }
            let character = text[index]
            if character.isLetter || character.isNumber || character == "_" {
                word.append(character)
            } else {
                if !word.isEmpty { tokens.append(word); word = "" }
                if !character.isWhitespace { tokens.append(String(character)) }
            }
            index = text.index(after: index)
        }
        if !word.isEmpty { tokens.append(word) }
        return tokens
    }

    /// The code of `text` in order: each code line, and each inline code span of a prose line,
    /// with its tokens.
    static func code(of text: String, codeLines: Bool = true) -> [(source: String, tokens: [String])] {
        var result: [(source: String, tokens: [String])] = []
        for line in CodeLines.lines(of: text, codeLines: codeLines) {
            if line.isCode {
                result.append((line.text.trimmingCharacters(in: .whitespaces), tokens(of: line.text)))
            } else {
                for span in CodeLines.inlineCode(in: line.text) { result.append(("`\(span)`", tokens(of: span))) }
            }
        }
        return result
    }
}
