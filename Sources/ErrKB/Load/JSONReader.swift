/// Reads JSON text (RFC 8259) into a positioned `Node` tree, the same shape the YAML loader builds.
///
/// - Objects become `.mapping` with every entry kept, duplicates included, in written order.
/// - Arrays become `.sequence`; strings `.scalar(decoded, .doubleQuoted)`; numbers, `true`,
///   `false` and `null` `.scalar(literalText, .plain)`, so no precision is lost here.
/// - Spans are 1-based; columns count Unicode scalars; a span ends just after the value's last
///   character. A leading byte-order mark is skipped.
/// - Lone UTF-16 surrogates written as `\ud800` escapes decode to U+FFFD: a Swift `String` cannot
///   hold them, and refusing the whole file for one unpaired escape helps nobody.
/// - The parser keeps its own stack and stops at `maxDepth` nested containers, so hostile nesting
///   is a `JSONSyntaxError`, never a stack overflow.
public enum JSONReader {
    /// Parses `text` as one JSON value, or throws the first syntax problem with its location.
    public static func parse(_ text: String, maxDepth: Int = 64) throws(JSONSyntaxError) -> Node {
        var parser = Parser(text: text, maxDepth: maxDepth)
        return try parser.parseDocument()
    }

    /// An open container while its members are being read.
    private struct Frame {
        var isObject: Bool
        var start: SourceLocation
        var entries: [Node.Entry] = []
        var items: [Node] = []
        var pendingKey = ""
        var pendingKeySpan = SourceSpan(at: .fileStart)
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        let maxDepth: Int
        var index = 0
        var line = 1
        var column = 1

        init(text: String, maxDepth: Int) {
            scalars = Array(text.unicodeScalars)
            self.maxDepth = max(1, maxDepth)
        }

        var location: SourceLocation { SourceLocation(line: line, column: column) }
        var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

        mutating func advance() {
            guard index < scalars.count else { return }
            let scalar = scalars[index]
            index += 1
            // A CR counts as a line break on its own; in CRLF the LF does the counting.
            if scalar == "\n" || (scalar == "\r" && peek != "\n") {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }

        mutating func skipWhitespace() {
            while let scalar = peek, scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                advance()
            }
        }

        func fail(_ message: String, at location: SourceLocation? = nil) -> JSONSyntaxError {
            JSONSyntaxError(message: message, location: location ?? self.location)
        }

        /// A short, printable description of the character at the cursor for messages.
        var found: String {
            guard let scalar = peek else { return "end of input" }
            if scalar.value < 0x20 || scalar.value == 0x7F { return "control character \(scalar.codePoint)" }
            return "'\(Character(scalar))'"
        }

        mutating func parseDocument() throws(JSONSyntaxError) -> Node {
            if peek == "\u{FEFF}" { advance() }
            var stack: [Frame] = []
            while true {
                skipWhitespace()
                var completed: Node
                switch peek {
                case "{"?, "["?:
                    let isObject = peek == "{"
                    let start = location
                    if stack.count >= maxDepth { throw fail("nesting deeper than \(maxDepth) levels") }
                    advance()
                    skipWhitespace()
                    if peek == (isObject ? "}" : "]") {
                        advance()
                        completed = Node(isObject ? .mapping([]) : .sequence([]), span: SourceSpan(start: start, end: location))
                        break
                    }
                    var frame = Frame(isObject: isObject, start: start)
                    if isObject {
                        (frame.pendingKey, frame.pendingKeySpan) = try parseKey(after: "'{'")
                    }
                    stack.append(frame)
                    continue
                case nil:
                    throw fail("expected a JSON value but found end of input")
                default:
                    completed = try parseScalar()
                }
                // Attach the finished value to its parents, closing every container that ends here.
                while true {
                    guard let top = stack.indices.last else {
                        skipWhitespace()
                        if peek != nil { throw fail("unexpected \(found) after the JSON value") }
                        return completed
                    }
                    if stack[top].isObject {
                        let entry = Node.Entry(key: stack[top].pendingKey, keySpan: stack[top].pendingKeySpan, value: completed)
                        stack[top].entries.append(entry)
                    } else {
                        stack[top].items.append(completed)
                    }
                    skipWhitespace()
                    let close: Unicode.Scalar = stack[top].isObject ? "}" : "]"
                    if peek == "," {
                        let comma = location
                        advance()
                        skipWhitespace()
                        if peek == close { throw fail("trailing ',' before '\(close)' is not allowed", at: comma) }
                        if stack[top].isObject {
                            (stack[top].pendingKey, stack[top].pendingKeySpan) = try parseKey(after: "','")
                        }
                        break
                    }
                    guard peek == close else {
                        let what = stack[top].isObject ? "object member" : "array element"
                        throw fail("expected ',' or '\(close)' after \(what) but found \(found)")
                    }
                    advance()
                    let frame = stack.removeLast()
                    let content: Node.Content = frame.isObject ? .mapping(frame.entries) : .sequence(frame.items)
                    completed = Node(content, span: SourceSpan(start: frame.start, end: location))
                }
            }
        }

        /// Reads `"key"` and the `:` after it.
        mutating func parseKey(after what: String) throws(JSONSyntaxError) -> (String, SourceSpan) {
            skipWhitespace()
            guard peek == "\"" else {
                let closer = what == "'{'" ? " or '}'" : ""
                throw fail("expected a string key\(closer) after \(what) but found \(found)")
            }
            let start = location
            let key = try parseString()
            let span = SourceSpan(start: start, end: location)
            skipWhitespace()
            guard peek == ":" else { throw fail("expected ':' after object key \"\(key)\" but found \(found)") }
            advance()
            return (key, span)
        }

        mutating func parseScalar() throws(JSONSyntaxError) -> Node {
            let start = location
            switch peek {
            case "\""?:
                let text = try parseString()
                return Node(.scalar(text, .doubleQuoted), span: SourceSpan(start: start, end: location))
            case let scalar? where scalar == "-" || ("0"..."9").contains(scalar):
                let text = try parseNumber()
                return Node(.scalar(text, .plain), span: SourceSpan(start: start, end: location))
            case let scalar? where scalar.properties.isAlphabetic:
                var word = String.UnicodeScalarView()
                while let next = peek, next.properties.isAlphabetic || ("0"..."9").contains(next) || next == "_" {
                    word.append(next)
                    advance()
                }
                let text = String(word)
                guard text == "true" || text == "false" || text == "null" else {
                    throw fail("invalid literal '\(text.prefix(20))'; expected true, false, null, a number or a string", at: start)
                }
                return Node(.scalar(text, .plain), span: SourceSpan(start: start, end: location))
            default:
                throw fail("expected a JSON value but found \(found)")
            }
        }

        mutating func parseNumber() throws(JSONSyntaxError) -> String {
            var text = String.UnicodeScalarView()
            func isDigit(_ scalar: Unicode.Scalar?) -> Bool { scalar.map { ("0"..."9").contains($0) } ?? false }
            if peek == "-" {
                text.append("-")
                advance()
            }
            guard isDigit(peek) else { throw fail("expected a digit in number but found \(found)") }
            if peek == "0" {
                text.append("0")
                advance()
                if isDigit(peek) { throw fail("numbers must not have leading zeros") }
            }
            while let scalar = peek, isDigit(scalar) {
                text.append(scalar)
                advance()
            }
            if peek == "." {
                text.append(".")
                advance()
                guard isDigit(peek) else { throw fail("expected a digit after '.' in number but found \(found)") }
                while let scalar = peek, isDigit(scalar) {
                    text.append(scalar)
                    advance()
                }
            }
            if let scalar = peek, scalar == "e" || scalar == "E" {
                text.append(scalar)
                advance()
                if let sign = peek, sign == "+" || sign == "-" {
                    text.append(sign)
                    advance()
                }
                guard isDigit(peek) else { throw fail("expected a digit in exponent but found \(found)") }
                while let scalar = peek, isDigit(scalar) {
                    text.append(scalar)
                    advance()
                }
            }
            return String(text)
        }

        /// Reads a string starting at its opening quote and returns the decoded text.
        mutating func parseString() throws(JSONSyntaxError) -> String {
            let start = location
            advance()
            var text = String.UnicodeScalarView()
            while true {
                guard let scalar = peek else { throw fail("unterminated string", at: start) }
                if scalar == "\"" {
                    advance()
                    return String(text)
                }
                if scalar.value < 0x20 {
                    throw fail("control character \(scalar.codePoint) in string must be escaped")
                }
                if scalar != "\\" {
                    text.append(scalar)
                    advance()
                    continue
                }
                let escapeStart = location
                advance()
                guard let escaped = peek else { throw fail("unterminated string", at: start) }
                switch escaped {
                case "\"", "\\", "/": text.append(escaped)
                case "b": text.append("\u{08}")
                case "f": text.append("\u{0C}")
                case "n": text.append("\n")
                case "r": text.append("\r")
                case "t": text.append("\t")
                case "u":
                    advance()
                    text.append(try parseUnicodeEscape(startingAt: escapeStart))
                    continue
                default:
                    let shown = escaped.value < 0x20 ? escaped.codePoint : String(Character(escaped))
                    throw fail("invalid escape \\\(shown)", at: escapeStart)
                }
                advance()
            }
        }

        /// Reads the hex digits after `\u`, pairing surrogates; lone ones become U+FFFD.
        mutating func parseUnicodeEscape(startingAt escapeStart: SourceLocation) throws(JSONSyntaxError) -> Unicode.Scalar {
            let high = try parseHex4(escapeStart: escapeStart)
            let replacement: Unicode.Scalar = "\u{FFFD}"
            if (0xDC00...0xDFFF).contains(high) { return replacement }
            guard (0xD800...0xDBFF).contains(high) else { return Unicode.Scalar(high) ?? replacement }
            // Look ahead for `\uDC00`–`\uDFFF` without consuming anything else.
            guard index + 1 < scalars.count, scalars[index] == "\\", scalars[index + 1] == "u" else { return replacement }
            let saved = (index, line, column)
            let lowStart = location
            advance()
            advance()
            let low = try parseHex4(escapeStart: lowStart)
            guard (0xDC00...0xDFFF).contains(low) else {
                // Not a pair: re-read the second escape on its own.
                (index, line, column) = saved
                return replacement
            }
            return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) ?? replacement
        }

        mutating func parseHex4(escapeStart: SourceLocation) throws(JSONSyntaxError) -> UInt32 {
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard let scalar = peek, let digit = scalar.hexDigitValue else {
                    throw fail("invalid \\u escape: expected 4 hex digits", at: escapeStart)
                }
                value = value * 16 + digit
                advance()
            }
            return value
        }
    }
}

extension Unicode.Scalar {
    /// `U+0009`: how messages name a character that cannot be shown.
    var codePoint: String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    fileprivate var hexDigitValue: UInt32? {
        switch value {
        case 0x30...0x39: value - 0x30
        case 0x41...0x46: value - 0x41 + 10
        case 0x61...0x66: value - 0x61 + 10
        default: nil
        }
    }
}
