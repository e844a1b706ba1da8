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
        String(decoding: utf8(value, comments: comments), as: UTF8.self)
    }

    /// `write` as UTF-8, for callers that compare it with a file's bytes.
    static func utf8(_ value: JSONValue, comments: Comments = Comments()) -> [UInt8] {
        var out = Output()
        for comment in comments.start { out.line(comment) }
        let root: JSONPointer? = comments.isPlaced ? .root : nil
        switch value {
        case .object(let members) where !members.isEmpty: mapping(members, at: root, indent: 0, comments, into: &out)
        case .array(let items) where !items.isEmpty: sequence(items, at: root, indent: 0, comments, into: &out)
        default:
            out.start(indent: 0)
            let block = inline(value, indent: 0, into: &out)
            out.end()
            if let block { out.write(block) }
        }
        for comment in comments.end { out.line(comment) }
        return out.bytes
    }

    /// The text being written, as UTF-8, a line at a time: most lines are indentation and a few
    /// pieces appended in place (`lint` lays out every record it checks, and joining the pieces
    /// into strings first cost as much as the rest). The first line of a sequence item is
    /// written at the item's indentation like the rest; `startItem` makes the next line put the
    /// dash there.
    private struct Output {
        private(set) var bytes: [UInt8] = []
        /// What replaces the first `drop` characters of the next line.
        private var dash: (prefix: [UInt8], drop: Int)?

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

        mutating func append(_ piece: String) {
            var piece = piece
            piece.withUTF8 { bytes.append(contentsOf: $0) }
        }

        /// The lines of a literal block, each at the block's indentation but the empty ones.
        mutating func write(_ block: LiteralBlock) {
            ASCIIText.withBytes(of: block.body) { body in
                var lineStart = 0
                for index in 0...body.count where index == body.count || body[index] == UInt8(ascii: "\n") {
                    if index > lineStart {
                        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: block.indent))
                        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: body[lineStart..<index]))
                    }
                    end()
                    lineStart = index + 1
                }
            }
            for _ in 0..<max(block.trailingBreaks - 1, 0) { end() }
        }

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
            out.start(indent: indent)
            out.append(Self.key(key))
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
                out.append(" ")
                let block = inline(value, indent: indent + 2, into: &out)
                if let trailing { out.append(" " + trailing) }
                out.end()
                if let block { out.write(block) }
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
                out.start(indent: indent + 2)
                let block = inline(item, indent: indent + 2, into: &out)
                if let trailing = itemPath.flatMap({ comments.trailing[$0] }) { out.append(" " + trailing) }
                out.end()
                if let block { out.write(block) }
            }
        }
    }

    /// Writes a value that fits after `key: ` or `- `; a literal block's lines, which follow the
    /// line, are returned for the caller to write after it.
    private static func inline(_ value: JSONValue, indent: Int, into out: inout Output) -> LiteralBlock? {
        switch value {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .integer(let i): out.append(String(i))
        case .number(let d): out.append(PythonFloatFormat.repr(d))
        case .string(let s):
            let style = YAMLScalarStyle.choose(for: s)
            guard style == .literal else {
                out.append(scalar(s, style: style))
                return nil
            }
            let block = LiteralBlock(s, indent: indent)
            out.append(block.header)
            return block
        case .array: out.append("[]")
        case .object: out.append("{}")
        }
        return nil
    }

    private static func key(_ text: String) -> String { scalar(text, style: YAMLScalarStyle.choose(for: text)) }

    /// `text` in `style`, on one line: a multi-line key cannot be a block, so `.literal` (asked
    /// only for keys) is written double-quoted.
    private static func scalar(_ text: String, style: YAMLScalarStyle) -> String {
        switch style {
        case .plain: return text
        case .singleQuoted:
            let escaped = ASCIIText.foundationContains(UInt8(ascii: "'"), in: text) ? text.replacingOccurrences(of: "'", with: "''") : text
            return "'" + escaped + "'"
        case .doubleQuoted, .literal: return doubleQuoted(text)
        }
    }

    /// A text written as a literal block: `text` passed `YAMLScalarStyle.canBeLiteral`, so it
    /// has no `\r`, every `\n` is a Character of its own, and the text can be cut at its bytes.
    struct LiteralBlock {
        /// The text without its final line breaks, which the chomping indicator stands for.
        let body: Substring
        let trailingBreaks: Int
        let indent: Int
        /// `|`, `2` when the first line with content starts with a space, and the chomping.
        let header: String

        init(_ text: String, indent: Int) {
            var body = Substring(text)
            var trailingBreaks = 0
            while body.utf8.last == UInt8(ascii: "\n") {
                body = body.dropLast()
                trailingBreaks += 1
            }
            self.body = body
            self.trailingBreaks = trailingBreaks
            self.indent = indent
            let chomping = trailingBreaks == 0 ? "-" : trailingBreaks == 1 ? "" : "+"
            header = "|" + (Self.firstContentStartsWithSpace(body) ? "2" : "") + chomping
        }

        /// Whether the first non-empty line's first Character is a space (a space that a
        /// combining mark follows is another Character).
        private static func firstContentStartsWithSpace(_ body: Substring) -> Bool {
            let utf8 = body.utf8
            guard let start = utf8.firstIndex(where: { $0 != UInt8(ascii: "\n") }), utf8[start] == UInt8(ascii: " ") else { return false }
            return body[start...].first == " "
        }
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
