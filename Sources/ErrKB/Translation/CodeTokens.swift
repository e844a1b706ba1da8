import Foundation

/// Code compared as tokens: string literal contents become one placeholder and comments
/// (`#` or `//` at the start or after a space) are dropped, so a translation may translate
/// messages and comments but not the code around them.
enum CodeTokens {
    static let stringPlaceholder = "\"…\""

    /// `line` with every string literal replaced by the placeholder and any comment removed.
    static func stripped(_ line: String) -> String {
        if ASCIIText.isASCII(line) { return strippedASCII(line) }
        // Only a Character that is a quote, `#` or `/` changes the line, and such a Character is
        // that one byte: a line without these bytes (most Chinese prose) is its own stripped form.
        if !ASCIIText.withBytes(of: line, { $0.contains(where: isStrippingByte) }) { return line }
        return strippedCharacters(line)
    }

    /// The bytes `strippedCharacters` acts on: quotes open strings, `#` and `/` start comments.
    private static func isStrippingByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "`")
            || byte == UInt8(ascii: "#") || byte == UInt8(ascii: "/")
    }

    /// `stripped`, Character by Character: the definition the ASCII path must agree with.
    static func strippedCharacters(_ line: String) -> String {
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

    /// `stripped` on ASCII text, byte by byte: there a byte is a Character (`\r\n`, the one
    /// two-byte Character, behaves the same either way: both bytes are whitespace).
    private static func strippedASCII(_ line: String) -> String {
        String(decoding: strippedASCIIBytes(line), as: UTF8.self)
    }

    /// `stripped` of an ASCII line as UTF-8 bytes, read from the line's buffer: the code-line
    /// test looks at these bytes without making a String of them.
    static func strippedASCIIBytes(_ line: String) -> [UInt8] {
        ASCIIText.withBytes(of: line) { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var quote: UInt8?
            var escaped = false
            var previous = UInt8(ascii: " ")
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if let open = quote {
                    if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == open { quote = nil }
                    continue
                }
                if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "`") {
                    quote = byte
                    result += placeholderBytes
                } else if ASCIIText.isSpace(previous),
                          byte == UInt8(ascii: "#") || (byte == UInt8(ascii: "/") && index < bytes.count && bytes[index] == UInt8(ascii: "/")) {
                    break
                } else {
                    result.append(byte)
                }
                previous = byte
            }
            return result
        }
    }

    private static let placeholderBytes = Array(stringPlaceholder.utf8)

    /// The tokens of a code line: names and numbers whole, every other symbol alone.
    static func tokens(of line: String) -> [String] {
        let text = stripped(line)
        return asciiTokens(of: text) ?? characterTokens(of: text)
    }

    /// `tokens` of a stripped text, Character by Character: the definition the ASCII path must agree with.
    static func characterTokens(of text: String) -> [String] {
        var tokens: [String] = []
        var word = ""
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

    /// `tokens` of a stripped text that is ASCII apart from its placeholders, byte by byte; nil
    /// for any other text, whose letters, digits and spaces need Unicode's definitions.
    static func asciiTokens(of text: String) -> [String]? {
        let placeholder = Array(stringPlaceholder.utf8)
        let bytes = Array(text.utf8)
        var tokens: [String] = []
        var wordStart: Int?
        var index = 0
        func endWord() {
            if let start = wordStart { tokens.append(String(decoding: bytes[start..<index], as: UTF8.self)) }
            wordStart = nil
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == placeholder[0], bytes[index...].starts(with: placeholder) {
                endWord()
                tokens.append(stringPlaceholder)
                index += placeholder.count
                continue
            }
            guard byte < 0x80 else { return nil }
            if ASCIIText.isWord(byte) {
                if wordStart == nil { wordStart = index }
            } else {
                endWord()
                if !ASCIIText.isSpace(byte) { tokens.append(String(UnicodeScalar(byte))) }
            }
            index += 1
        }
        endWord()
        return tokens
    }

    /// A piece of code of a text: a code line, or an inline code span of a prose line.
    struct Piece {
        /// The line or the span's text, as tokenized.
        let text: String
        let isLine: Bool
    }

    /// The code pieces of `text` in order, not yet tokenized.
    static func pieces(of text: String, codeLines: Bool = true) -> [Piece] {
        var pieces: [Piece] = []
        for line in CodeLines.lines(of: text, codeLines: codeLines) {
            if line.isCode {
                pieces.append(Piece(text: line.text, isLine: true))
            } else {
                for span in CodeLines.inlineCode(in: line.text) { pieces.append(Piece(text: span, isLine: false)) }
            }
        }
        return pieces
    }

    /// The code of `text` in order: each code line, and each inline code span of a prose line,
    /// with its tokens.
    static func code(of text: String, codeLines: Bool = true) -> [(source: String, tokens: [String])] {
        pieces(of: text, codeLines: codeLines).map { piece in
            (piece.isLine ? trimmingSpacesAndTabs(piece.text) : "`\(piece.text)`", tokens(of: piece.text))
        }
    }

    /// Whether the code of two texts has the same tokens, in order. Code copied byte for byte,
    /// as in nearly every translation, is answered without tokenizing it: the same pieces give
    /// the same tokens.
    static func sameCode(_ english: String, _ translated: String, codeLines: Bool = true) -> Bool {
        let original = pieces(of: english, codeLines: codeLines)
        let copy = pieces(of: translated, codeLines: codeLines)
        if original.count == copy.count, zip(original, copy).allSatisfy({ ASCIIText.sameBytes($0.text, $1.text) }) { return true }
        return original.flatMap { tokens(of: $0.text) } == copy.flatMap { tokens(of: $0.text) }
    }

    /// `trimmingCharacters(in: .whitespaces)`, whose only ASCII members are space and tab; other
    /// text goes through Foundation, which also trims Unicode spaces.
    private static func trimmingSpacesAndTabs(_ text: String) -> String {
        guard ASCIIText.isASCII(text) else { return text.trimmingCharacters(in: .whitespaces) }
        let bytes = text.utf8
        let isBlank: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        guard let first = bytes.firstIndex(where: { !isBlank($0) }), let last = bytes.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(text[first...last])
    }
}
