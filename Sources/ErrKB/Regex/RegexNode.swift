/// One node of a parsed Python pattern, with where it sits in the pattern and how much it can match.
public struct RegexNode: Hashable, Sendable {
    /// What the node is.
    public var kind: RegexNodeKind
    /// Index, in Unicode scalars, of the node's first character in the pattern.
    public var offset: Int
    /// Index, in Unicode scalars, just past the node's last character.
    public var end: Int
    /// How many characters the node can match, as Python's `getwidth` counts them.
    public var width: RegexWidth

    public init(kind: RegexNodeKind, offset: Int, end: Int, width: RegexWidth) {
        self.kind = kind
        self.offset = offset
        self.end = end
        self.width = width
    }

    /// Whether the node has no nodes inside it; asked without building `children`.
    public var isLeaf: Bool {
        switch kind {
        case .empty, .literal, .any, .characterClass, .classEscape, .anchor, .backreference: true
        case .group, .quantified, .conditional, .alternation, .concatenation: false
        }
    }

    /// The nodes directly inside this one, in pattern order.
    public var children: [RegexNode] {
        switch kind {
        case .empty, .literal, .any, .characterClass, .classEscape, .anchor, .backreference:
            return []
        case .group(_, let body), .quantified(_, let body):
            return [body]
        case .conditional(_, let yes, let no):
            return no.map { [yes, $0] } ?? [yes]
        case .alternation(let nodes), .concatenation(let nodes):
            return nodes
        }
    }
}
