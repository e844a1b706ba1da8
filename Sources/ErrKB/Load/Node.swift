/// How a scalar was written; it decides whether a position inside the scalar maps to a column.
public enum ScalarStyle: Sendable, Hashable {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

/// A positioned YAML (or JSON) node: every node knows where it starts and ends in its file.
public struct Node: Sendable, Hashable {
    /// One `key: value` pair of a mapping; the key keeps its own position.
    public struct Entry: Sendable, Hashable {
        public var key: String
        public var keySpan: SourceSpan
        public var value: Node

        public init(key: String, keySpan: SourceSpan, value: Node) {
            self.key = key
            self.keySpan = keySpan
            self.value = value
        }
    }

    /// What the node holds. Not `indirect`: the arrays already break the recursion, and a box
    /// per node would cost an allocation and a retain for every scalar.
    public enum Content: Sendable, Hashable {
        case scalar(String, ScalarStyle)
        case mapping([Entry])
        case sequence([Node])
        /// A node the loader already reported (an alias, say): later stages skip it silently.
        case invalid
    }

    public var content: Content
    public var span: SourceSpan

    public init(_ content: Content, span: SourceSpan) {
        self.content = content
        self.span = span
    }

    /// Whether the loader already reported this node, so later stages skip it.
    public var isInvalid: Bool {
        if case .invalid = content { return true }
        return false
    }

    /// The scalar text, if this is a scalar.
    public var scalarValue: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    /// The entries, if this is a mapping.
    public var entries: [Entry]? {
        if case .mapping(let entries) = content { return entries }
        return nil
    }

    /// The value of `key`, if this is a mapping that has it.
    public subscript(key: String) -> Node? {
        entries?.first { $0.key == key }?.value
    }
}
