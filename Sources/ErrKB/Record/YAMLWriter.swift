import Foundation

/// Writes an ordered JSON value as a block-style YAML source a person would write: two-space
/// indentation, sequences at their key's indentation, multi-line text as literal blocks.
public enum YAMLWriter {
    /// Comments to keep: the file's opening comments, whole-line comments written before the key
    /// or item at a path, a comment at the end of the line of the key or item at a path, and
    /// comments after everything.
    public struct Comments: Sendable {
        public var start: [String] = []
        public var before: [JSONPointer: [String]] = [:]
        public var trailing: [JSONPointer: String] = [:]
        public var end: [String] = []

        public init() {}

        /// How many comments are kept: every comment of a source is placed exactly once.
        public var count: Int { start.count + before.values.reduce(0) { $0 + $1.count } + trailing.count + end.count }

        /// Whether any comment is tied to a key or item (most records have none, and then the
        /// writer need not track where it is).
        var isPlaced: Bool { !before.isEmpty || !trailing.isEmpty }

    }

    public static func write(_ value: JSONValue, comments: Comments = Comments()) -> String {
        var out = Output()
        for comment in comments.start { out.line(comment) }
        let root: JSONPointer? = comments.isPlaced ? .root : nil
        switch value {
        case .object(let members) where !members.isEmpty: mapping(members, at: root, indent: 0, comments, into: &out)
        case .array(let items) where !items.isEmpty: sequence(items, at: root, indent: 0, comments, into: &out)
        default:
            var body: [String] = []
            out.line(inline(value, indent: 0, into: &body))
            for line in body { out.line(line) }
        }
        for comment in comments.end { out.line(comment) }
        return out.text
    }

    /// The text being written, as UTF-8, a line at a time: most lines are indentation and a few
    /// pieces appended in place (`lint` lays out every record it checks, and joining the pieces
    /// into strings first cost as much as the rest). The first line of a sequence item is
    /// written at the item's indentation like the rest; `startItem` makes the next line put the
    /// dash there.
    private struct Output {
        private var bytes: [UInt8] = []
        /// What replaces the first `drop` characters of the next line.
        private var dash: (prefix: [UInt8], drop: Int)?

        var text: String { String(decoding: bytes, as: UTF8.self) }

        /// Starts a line of `indent` spaces, the pending dash in the place of its first ones.
        mutating func start(indent: Int) {
            var spaces = indent
            if let pending = dash {
                dash = nil
                bytes += pending.prefix
                spaces -= min(pending.drop, spaces)
            }
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: spaces))
        }

        mutating func append(_ piece: String) { bytes.append(contentsOf: piece.utf8) }

        mutating func end() { bytes.append(UInt8(ascii: "\n")) }

        /// A whole line, for the few not started at an indentation: the pending dash takes the
        /// place of its first characters.
        mutating func line(_ line: String) {
            if let pending = dash {
                dash = nil
                bytes += pending.prefix
                append(String(line.dropFirst(pending.drop)))
            } else {
                append(line)
            }
            end()
        }

        /// The next line opens an item: its first `drop` characters (the item's indentation)
        /// become `prefix`. An item whose first line opens an inner item gets both dashes.
        mutating func startItem(prefix: [UInt8], drop: Int) {
            if let outer = dash {
                dash = (outer.prefix + prefix.dropFirst(outer.drop), drop)
            } else {
                dash = (prefix, drop)
            }
        }
    }

    /// `path` is nil when no comment is placed at a key or item.
    private static func mapping(_ members: [(key: String, value: JSONValue)], at path: JSONPointer?, indent: Int,
                                _ comments: Comments, into out: inout Output) {
        for (key, value) in members {
            let memberPath = path?.appending(key)
            if let memberPath, let before = comments.before[memberPath] {
                for comment in before {
                    out.start(indent: indent)
                    out.append(comment)
                    out.end()
                }
            }
            let trailing = memberPath.flatMap { comments.trailing[$0] }
            var keyBody: [String] = []
            let keyText = scalar(key, indent: indent, into: &keyBody)
            for line in keyBody { out.line(line) }
            out.start(indent: indent)
            out.append(keyText)
            out.append(":")
            switch value {
            case .object(let nested) where !nested.isEmpty:
                if let trailing { out.append(" " + trailing) }
                out.end()
                mapping(nested, at: memberPath, indent: indent + 2, comments, into: &out)
            case .array(let items) where !items.isEmpty:
                if let trailing { out.append(" " + trailing) }
                out.end()
                sequence(items, at: memberPath, indent: indent, comments, into: &out)
            default:
                var body: [String] = []
                out.append(" ")
                out.append(inline(value, indent: indent + 2, into: &body))
                if let trailing { out.append(" " + trailing) }
                out.end()
                for line in body { out.line(line) }
            }
        }
    }

    private static func sequence(_ items: [JSONValue], at path: JSONPointer?, indent: Int, _ comments: Comments,
                                 into out: inout Output) {
        let dash = Array(repeating: UInt8(ascii: " "), count: indent) + Array("- ".utf8)
        for (index, item) in items.enumerated() {
            let itemPath = path?.appending(index)
            if let itemPath, let before = comments.before[itemPath] {
                for comment in before {
                    out.start(indent: indent)
                    out.append(comment)
                    out.end()
                }
            }
            out.startItem(prefix: dash, drop: indent + 2)
            switch item {
            case .object(let members) where !members.isEmpty: mapping(members, at: itemPath, indent: indent + 2, comments, into: &out)
            case .array(let inner) where !inner.isEmpty: sequence(inner, at: itemPath, indent: indent + 2, comments, into: &out)
            default:
                var body: [String] = []
                out.start(indent: indent + 2)
                out.append(inline(item, indent: indent + 2, into: &body))
                if let trailing = itemPath.flatMap({ comments.trailing[$0] }) { out.append(" " + trailing) }
                out.end()
                for line in body { out.line(line) }
            }
        }
    }

    /// A value that fits after `key: ` or `- `; block-scalar content lines go to `lines`.
    private static func inline(_ value: JSONValue, indent: Int, into lines: inout [String]) -> String {
        switch value {
        case .null: "null"
        case .bool(let b): b ? "true" : "false"
        case .integer(let i): String(i)
        case .number(let d): PythonFloatFormat.repr(d)
        case .string(let s): scalar(s, indent: indent, into: &lines)
        case .array: "[]"
        case .object: "{}"
        }
    }

    private static func scalar(_ text: String, indent: Int, into lines: inout [String]) -> String {
        switch YAMLScalarStyle.choose(for: text) {
        case .plain: return text
        case .singleQuoted:
            let escaped = ASCIIText.foundationContains(UInt8(ascii: "'"), in: text) ? text.replacingOccurrences(of: "'", with: "''") : text
            return "'" + escaped + "'"
        case .doubleQuoted: return doubleQuoted(text)
        case .literal: return literal(text, indent: indent, into: &lines)
        }
    }

    /// `text` passed `YAMLScalarStyle.canBeLiteral`: it has no `\r`, so every `\n` is a Character
    /// of its own and the text can be cut at its bytes.
    private static func literal(_ text: String, indent: Int, into lines: inout [String]) -> String {
        var body = Substring(text)
        var trailingBreaks = 0
        while body.utf8.last == UInt8(ascii: "\n") {
            body = body.dropLast()
            trailingBreaks += 1
        }
        let chomping = trailingBreaks == 0 ? "-" : trailingBreaks == 1 ? "" : "+"
        let content = Self.lines(of: body)
        let firstContent = content.first { !$0.isEmpty }
        let indicator = firstContent?.first == " " ? "2" : ""
        let pad = String(repeating: " ", count: indent)
        for line in content { lines.append(line.isEmpty ? "" : pad + line) }
        for _ in 0..<max(trailingBreaks - 1, 0) { lines.append("") }
        return "|" + indicator + chomping
    }

    /// `text.utf8.split(separator: "\n", omittingEmptySubsequences: false)`, cut at the
    /// offsets of the line breaks found in the buffer: the generic split walked `UTF8View` a
    /// byte at a time, and every multi-line text of every record is written here.
    static func lines(of text: Substring) -> [Substring] {
        let breaks: [Int] = ASCIIText.withBytes(of: text) { bytes in
            var breaks: [Int] = []
            for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { breaks.append(offset) }
            return breaks
        }
        var lines: [Substring] = []
        lines.reserveCapacity(breaks.count + 1)
        let utf8 = text.utf8
        var start = utf8.startIndex
        var startOffset = 0
        for offset in breaks {
            let end = utf8.index(start, offsetBy: offset - startOffset)
            lines.append(Substring(utf8[start..<end]))
            start = utf8.index(after: end)
            startOffset = offset + 1
        }
        lines.append(Substring(utf8[start...]))
        return lines
    }

    private static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if YAMLScalarStyle.needsEscape(scalar) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += scalar.value <= 0xFF ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                        : "\\u" + String(repeating: "0", count: max(4 - hex.count, 0)) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
