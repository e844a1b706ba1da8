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
        var lines = comments.start
        let root: JSONPointer? = comments.isPlaced ? .root : nil
        switch value {
        case .object(let members) where !members.isEmpty: mapping(members, at: root, indent: 0, comments, into: &lines)
        case .array(let items) where !items.isEmpty: sequence(items, at: root, indent: 0, comments, into: &lines)
        default: lines.append(inline(value, indent: 0, into: &lines))
        }
        lines += comments.end
        return lines.joined(separator: "\n") + "\n"
    }

    /// `path` is nil when no comment is placed at a key or item.
    private static func mapping(_ members: [(key: String, value: JSONValue)], at path: JSONPointer?, indent: Int,
                                _ comments: Comments, into lines: inout [String]) {
        let pad = String(repeating: " ", count: indent)
        for (key, value) in members {
            let memberPath = path?.appending(key)
            if let memberPath, let before = comments.before[memberPath] { lines += before.map { pad + $0 } }
            let trailing = memberPath.flatMap { comments.trailing[$0] }.map { " " + $0 } ?? ""
            let head = pad + scalar(key, indent: indent, into: &lines) + ":"
            switch value {
            case .object(let nested) where !nested.isEmpty:
                lines.append(head + trailing)
                mapping(nested, at: memberPath, indent: indent + 2, comments, into: &lines)
            case .array(let items) where !items.isEmpty:
                lines.append(head + trailing)
                sequence(items, at: memberPath, indent: indent, comments, into: &lines)
            default:
                var body: [String] = []
                let text = inline(value, indent: indent + 2, into: &body)
                lines.append(head + " " + text + trailing)
                lines += body
            }
        }
    }

    private static func sequence(_ items: [JSONValue], at path: JSONPointer?, indent: Int, _ comments: Comments,
                                 into lines: inout [String]) {
        let pad = String(repeating: " ", count: indent)
        for (index, item) in items.enumerated() {
            let itemPath = path?.appending(index)
            if let itemPath, let before = comments.before[itemPath] { lines += before.map { pad + $0 } }
            var nested: [String] = []
            switch item {
            case .object(let members) where !members.isEmpty: mapping(members, at: itemPath, indent: indent + 2, comments, into: &nested)
            case .array(let inner) where !inner.isEmpty: sequence(inner, at: itemPath, indent: indent + 2, comments, into: &nested)
            default:
                let text = inline(item, indent: indent + 2, into: &nested)
                let trailing = itemPath.flatMap { comments.trailing[$0] }.map { " " + $0 } ?? ""
                nested.insert(String(repeating: " ", count: indent + 2) + text + trailing, at: 0)
            }
            // The first line of the item goes on the dash line.
            nested[0] = pad + "- " + nested[0].dropFirst(indent + 2)
            lines += nested
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

    private static func literal(_ text: String, indent: Int, into lines: inout [String]) -> String {
        var body = Substring(text)
        var trailingBreaks = 0
        while body.last == "\n" {
            body = body.dropLast()
            trailingBreaks += 1
        }
        let chomping = trailingBreaks == 0 ? "-" : trailingBreaks == 1 ? "" : "+"
        let content = body.split(separator: "\n", omittingEmptySubsequences: false)
        let firstContent = content.first { !$0.isEmpty }
        let indicator = firstContent?.first == " " ? "2" : ""
        let pad = String(repeating: " ", count: indent)
        for line in content { lines.append(line.isEmpty ? "" : pad + line) }
        for _ in 0..<max(trailingBreaks - 1, 0) { lines.append("") }
        return "|" + indicator + chomping
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
