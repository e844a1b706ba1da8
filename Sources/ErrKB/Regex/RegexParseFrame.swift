/// One construct still open while parsing: the pattern itself, a group, a lookaround or a
/// conditional. The parser keeps these on an explicit stack so nesting never recurses.
struct RegexParseFrame {
    /// What closing the frame produces.
    enum Kind {
        case root
        case group(RegexGroupKind)
        case conditional(RegexCondition)
    }

    var kind: Kind
    /// Offset of the opening `(` (0 for the root).
    var start: Int
    /// Whether whitespace and `#` comments are skipped (the `x` flag) in this frame.
    var verbose: Bool
    /// True for the outermost lookbehind, which ends the "inside a lookbehind" state on closing.
    var endsLookbehind = false
    /// Branches already ended by `|`.
    var branches: [RegexNode] = []
    /// Nodes of the branch being read.
    var items: [RegexNode] = []
    /// Where the body starts (after `(?:`, `(?P<name>` and so on).
    var contentStart: Int
    /// Where the branch being read starts.
    var branchStart: Int

    init(kind: Kind, start: Int, contentStart: Int, verbose: Bool) {
        self.kind = kind
        self.start = start
        self.contentStart = contentStart
        self.branchStart = contentStart
        self.verbose = verbose
    }

    var isRoot: Bool {
        if case .root = kind { return true }
        return false
    }

    /// Ends the branch being read at `end` (a `|`) and starts the next one at `next`.
    mutating func endBranch(at end: Int, nextStart next: Int) {
        branches.append(Self.sequence(items, from: branchStart, to: end))
        items = []
        branchStart = next
    }

    /// All branches, the current one included, each as one node.
    func allBranches(endingAt end: Int) -> [RegexNode] {
        branches + [Self.sequence(items, from: branchStart, to: end)]
    }

    /// The body as one node: an alternation when there is more than one branch.
    func body(endingAt end: Int) -> RegexNode {
        let all = allBranches(endingAt: end)
        guard all.count > 1, let first = all.first else {
            return all.first ?? Self.sequence([], from: contentStart, to: end)
        }
        let width = all.dropFirst().reduce(first.width) { $0.or($1.width) }
        return RegexNode(kind: .alternation(all), offset: contentStart, end: end, width: width)
    }

    /// Nodes in sequence as one node: empty, the node itself, or a concatenation.
    static func sequence(_ items: [RegexNode], from start: Int, to end: Int) -> RegexNode {
        switch items.count {
        case 0:
            return RegexNode(kind: .empty, offset: start, end: end, width: .zero)
        case 1:
            return items[0]
        default:
            let width = items.reduce(RegexWidth.zero) { $0.followed(by: $1.width) }
            return RegexNode(kind: .concatenation(items), offset: start, end: end, width: width)
        }
    }
}
