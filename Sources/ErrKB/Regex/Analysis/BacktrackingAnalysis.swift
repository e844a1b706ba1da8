/// Finds, without running anything, the repeats that make Python's `re` backtrack
/// catastrophically.
///
/// A repeat `R*` is exponential when its body can match one text in two different ways around
/// the loop: then a text that almost matches is tried in every combination. That is decided on
/// the Glushkov automaton of the repeat: two walks that read the same characters (positions
/// whose characters overlap) and cycle back together after parting. Two repeats in a row that
/// can take the same characters (`\s*.*`) are polynomial. Either only hurts when something
/// after it can fail (`$`, a literal): a repeat at the end of the pattern matches at once.
public enum BacktrackingAnalysis {
    public static func risks(in ast: RegexAST, pattern: String, flags: RegexFlags = []) -> [BacktrackingRisk] {
        // Both kinds of risk need a repeat without an upper bound.
        guard hasUnboundedRepeat(ast.root) else { return [] }
        var finder = Finder(scalars: Array(pattern.unicodeScalars), ast: ast)
        finder.visit(ast.root, MatchCompiler.Flags(ast.flags.union(flags)), continuation: [])
        return finder.risks
    }

    private static func hasUnboundedRepeat(_ node: RegexNode) -> Bool {
        if case .quantified(let quantifier, _) = node.kind, quantifier.max == nil { return true }
        return node.children.contains(where: hasUnboundedRepeat)
    }

    private struct Finder {
        let scalars: [Unicode.Scalar]
        let ast: RegexAST
        var risks: [BacktrackingRisk] = []
        /// Built on first use: most patterns never need it.
        private var builtAlphabet: RepresentativeAlphabet?

        init(scalars: [Unicode.Scalar], ast: RegexAST) {
            self.scalars = scalars
            self.ast = ast
        }

        private mutating func alphabet() -> RepresentativeAlphabet {
            if let builtAlphabet { return builtAlphabet }
            let made = RepresentativeAlphabet(ast)
            builtAlphabet = made
            return made
        }

        /// Visits `node`; `continuation` is what follows it up to the end of the pattern.
        /// Returns whether an exponential risk was found inside, so enclosing repeats blame the innermost.
        @discardableResult
        mutating func visit(_ node: RegexNode, _ flags: MatchCompiler.Flags, continuation: [RegexNode]) -> Bool {
            switch node.kind {
            case .concatenation(let nodes):
                var found = false
                for (index, part) in nodes.enumerated() {
                    // A leaf holds no repeat, so it needs no continuation: building one for every
                    // literal character made a long pattern quadratic.
                    if !part.isLeaf, visit(part, flags, continuation: Array(nodes[(index + 1)...]) + continuation) { found = true }
                    if index + 1 < nodes.count { checkAdjacent(part, nodes[(index + 1)...], flags, continuation: continuation) }
                }
                return found
            case .alternation(let branches):
                return branches.map { visit($0, flags, continuation: continuation) }.contains(true)
            case .group(let kind, let body):
                switch kind {
                case .scopedFlags(let on, let off): return visit(body, flags.applying(on: on, off: off), continuation: continuation)
                case .lookahead, .lookbehind: return visit(body, flags, continuation: [])
                default: return visit(body, flags, continuation: continuation)
                }
            case .conditional(_, let yes, let no):
                let a = visit(yes, flags, continuation: continuation)
                let b = no.map { visit($0, flags, continuation: continuation) } ?? false
                return a || b
            case .quantified(let quantifier, let body):
                let before = risks.count
                let inner = visit(body, flags, continuation: [node] + continuation)
                guard !inner, quantifier.max == nil, quantifier.mode != .possessive,
                      Self.canFail(continuation), isAmbiguousLoop(body, flags) else { return inner }
                // The loop's exponential blow-up is the story; repeats in a row inside it are part of it.
                risks.removeSubrange(before...)
                report(.exponential, node.offset..<node.end)
                return true
            default:
                return false
            }
        }

        /// `R* S*` where S can take what R takes, with only empty-able nodes between.
        private mutating func checkAdjacent(_ first: RegexNode, _ rest: ArraySlice<RegexNode>, _ flags: MatchCompiler.Flags,
                                            continuation: [RegexNode]) {
            guard Self.isUnboundedRepeat(first) else { return }
            for (offset, next) in rest.enumerated() {
                if Self.isUnboundedRepeat(next) {
                    let after = Array(rest.dropFirst(offset + 1)) + continuation
                    if Self.canFail(after), overlaps(first, next, flags) { report(.polynomial, first.offset..<next.end) }
                    return
                }
                guard next.width.min == 0, !Self.canFail([next]) else { return }
            }
        }

        private mutating func report(_ kind: BacktrackingRisk.Kind, _ range: Range<Int>) {
            let fragment = String(String.UnicodeScalarView(scalars[range.clamped(to: 0..<scalars.count)]))
            risks.append(BacktrackingRisk(kind: kind, range: range, fragment: fragment))
        }

        /// Whether two walks of the loop `body*` can read the same characters, part, and meet
        /// again. On the product automaton (pairs of positions, moving together on a character
        /// both can take), that is a cycle through a same-position pair that also passes a
        /// different-position pair or takes one of two parallel ways between positions.
        private mutating func isAmbiguousLoop(_ body: RegexNode, _ flags: MatchCompiler.Flags) -> Bool {
            // One character per iteration (`\s+`, `.*`) can be taken only one way.
            if body.children.isEmpty { return false }
            var automaton = GlushkovPositions()
            let summary = automaton.add(body, flags)
            // Bodies too large to build are left alone rather than guessed at.
            guard !automaton.overflowed, !automaton.leaves.isEmpty else { return false }
            for position in summary.last { automaton.link(from: position, to: summary.first) }
            let alphabet = alphabet()
            let sets = automaton.leaves.map { alphabet.members(of: $0.node, $0.flags) }
            let count = sets.count
            var edges = [[Int]](repeating: [], count: count * count)
            for p in 0..<count {
                for q in 0..<count {
                    for p2 in automaton.follow[p].keys {
                        for q2 in automaton.follow[q].keys where sets[p2].intersects(sets[q2]) {
                            edges[p * count + q].append(p2 * count + q2)
                        }
                    }
                }
            }
            for component in StronglyConnected.components(edges) {
                let members = Set(component)
                let diagonal = component.filter { $0 / count == $0 % count }
                guard !diagonal.isEmpty else { continue }
                if component.contains(where: { $0 / count != $0 % count }) { return true }
                let parallel = diagonal.contains { state in
                    let p = state / count
                    return automaton.follow[p].contains { $0.value >= 2 && members.contains($0.key * count + $0.key) }
                }
                if parallel { return true }
            }
            return false
        }

        private mutating func overlaps(_ a: RegexNode, _ b: RegexNode, _ flags: MatchCompiler.Flags) -> Bool {
            var automaton = GlushkovPositions()
            _ = automaton.add(a, flags)
            let firstCount = automaton.leaves.count
            _ = automaton.add(b, flags)
            guard !automaton.overflowed else { return false }
            let alphabet = alphabet()
            let sets = automaton.leaves.map { alphabet.members(of: $0.node, $0.flags) }
            return sets[..<firstCount].contains { x in sets[firstCount...].contains { x.intersects($0) } }
        }

        private static func isUnboundedRepeat(_ node: RegexNode) -> Bool {
            if case .quantified(let quantifier, _) = node.kind { return quantifier.max == nil && quantifier.mode != .possessive }
            if case .group(let kind, let body) = node.kind, kind != .atomic {
                if case .lookahead = kind { return false }
                if case .lookbehind = kind { return false }
                return isUnboundedRepeat(body)
            }
            return false
        }

        /// Whether matching `nodes` in order can fail once reached: anything that needs a
        /// character, or an anchor, lookaround or backreference.
        static func canFail(_ nodes: [RegexNode]) -> Bool {
            nodes.contains { node in
                if node.width.min > 0 { return true }
                switch node.kind {
                case .anchor, .backreference, .conditional: return true
                case .group(.lookahead, _), .group(.lookbehind, _): return true
                case .quantified(let quantifier, _) where quantifier.min == 0: return false
                default: return canFail(node.children)
                }
            }
        }
    }
}
