/// The Glushkov automaton of a pattern fragment: one state per character-consuming leaf
/// ("position"), with the positions each can be followed by. Its paths are the ways the
/// backtracking matcher can walk the fragment, which is what ambiguity is about.
///
/// Anchors, lookarounds and backreferences count as empty (an over-approximation: they only
/// ever remove paths), and a counted repeat of more than one copy loops like `+`. An atomic
/// group or possessive repeat is one position: the matcher never tries it two ways.
struct GlushkovPositions {
    /// First, last, and whether a node can match empty.
    struct Summary {
        var first: [Int] = []
        var last: [Int] = []
        var nullable = true
    }

    /// Most positions built; past it the automaton is left incomplete and `overflowed` says so
    /// (links grow with the square of the positions, so a 5,000-word alternation must stop here).
    static let maximumPositions = 200
    private(set) var overflowed = false

    /// The leaf node and the flags in force there, for each position.
    private(set) var leaves: [(node: RegexNode, flags: MatchCompiler.Flags)] = []
    /// For each position, the positions that can come next and in how many ways: `(a+)+`
    /// reaches `a` from `a` twice (by the inner loop and by the outer one).
    private(set) var follow: [[Int: Int]] = []

    /// Adds one more way from `position` to each of `targets`.
    mutating func link(from position: Int, to targets: [Int]) {
        guard !overflowed else { return }
        for target in targets { follow[position][target, default: 0] += 1 }
    }

    /// Builds the positions of `node`; the returned summary gives its first and last positions.
    mutating func add(_ node: RegexNode, _ flags: MatchCompiler.Flags) -> Summary {
        if leaves.count >= Self.maximumPositions {
            overflowed = true
            return Summary()
        }
        if Self.isOnePosition(node) {
            leaves.append((node, flags))
            follow.append([:])
            return Summary(first: [leaves.count - 1], last: [leaves.count - 1], nullable: node.width.min == 0)
        }
        switch node.kind {
        case .literal, .any, .characterClass, .classEscape:
            leaves.append((node, flags))
            follow.append([:])
            return Summary(first: [leaves.count - 1], last: [leaves.count - 1], nullable: node.width.min == 0)
        case .empty, .anchor, .backreference:
            return Summary()
        case .group(let kind, let body):
            switch kind {
            case .lookahead, .lookbehind: return Summary()
            case .scopedFlags(let on, let off): return add(body, flags.applying(on: on, off: off))
            default: return add(body, flags)
            }
        case .conditional(_, let yes, let no):
            let parts = [add(yes, flags)] + (no.map { [add($0, flags)] } ?? [])
            return Summary(first: parts.flatMap(\.first), last: parts.flatMap(\.last), nullable: true)
        case .alternation(let branches):
            let parts = branches.map { add($0, flags) }
            return Summary(first: parts.flatMap(\.first), last: parts.flatMap(\.last), nullable: parts.contains { $0.nullable })
        case .concatenation(let nodes):
            var result = Summary()
            for part in nodes.map({ add($0, flags) }) {
                for position in result.last { link(from: position, to: part.first) }
                if result.nullable { result.first += part.first }
                result.last = part.nullable ? result.last + part.last : part.last
                result.nullable = result.nullable && part.nullable
            }
            return result
        case .quantified(let quantifier, let body):
            var result = add(body, flags)
            if quantifier.max ?? 2 >= 2 {
                for position in result.last { link(from: position, to: result.first) }
            }
            if quantifier.min == 0 { result.nullable = true }
            return result
        }
    }

    private static func isOnePosition(_ node: RegexNode) -> Bool {
        switch node.kind {
        case .group(.atomic, _): true
        case .quantified(let quantifier, _): quantifier.mode == .possessive
        default: false
        }
    }
}
