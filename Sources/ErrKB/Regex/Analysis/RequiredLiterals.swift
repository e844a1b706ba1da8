/// The literal strings a pattern cannot match without: any text it matches contains (after
/// case folding) at least one of them. Used to skip, without running the matcher, the texts
/// a regex cannot possibly match — the prefilter of the ambiguity check.
///
/// Literals are folded with the Unicode fold even where the pattern is case-sensitive: folding
/// keeps substrings substrings, so the prefilter stays a safe over-approximation.
enum RequiredLiterals {
    /// A set of literals while the pattern is worked through, kept as an array in the order
    /// first inserted. These sets hold a few short literals (a combined one at most
    /// `maximumAlternatives`, a class's members until more than four drop it): comparing a few
    /// arrays costs less than hashing them, which `Set` did for every node of every regex.
    struct LiteralSet: RandomAccessCollection, Equatable {
        private(set) var members: [[UInt32]] = []

        init(_ literals: [[UInt32]]) {
            members.reserveCapacity(literals.count)
            for literal in literals { insert(literal) }
        }

        var startIndex: Int { members.startIndex }
        var endIndex: Int { members.endIndex }
        subscript(position: Int) -> [UInt32] { members[position] }

        mutating func insert(_ literal: [UInt32]) {
            if !contains(literal) { members.append(literal) }
        }

        /// Equal as sets: the same literals, in any order.
        static func == (a: LiteralSet, b: LiteralSet) -> Bool { a.count == b.count && a.members.allSatisfy(b.contains) }
    }

    /// What is known about one node.
    private struct Facts {
        /// Every string the node can match, when that is a small set.
        var exact: LiteralSet?
        /// Strings one of which every match contains; nil when nothing is required.
        var required: LiteralSet?
        /// Other requirements that hold as well as `required` (from other parts of a sequence).
        var alternatives: [LiteralSet] = []

        static let unknown = Facts(exact: nil, required: nil)
        static let empty = Facts(exact: LiteralSet([[]]), required: nil)
    }

    /// Most alternatives kept in a set before it becomes unknown.
    private static let maximumAlternatives = 16
    /// Longest literal kept: a prefix of a required literal is required too, and shorter keys
    /// keep the index small.
    static let maximumLength = 24

    /// The required literals of `ast`, or nil when the pattern requires none (it must then be
    /// tried against every text).
    static func of(_ ast: RegexAST) -> [[UInt32]]? {
        best(of: alternatives(of: ast))
    }

    /// The most selective of several requirements: the longest shortest literal, then the fewest.
    static func best<Literals: Collection<[UInt32]>>(of alternatives: [Literals]) -> Literals? {
        alternatives.max { score($0) < score($1) }
    }

    /// Every requirement found at the top of the pattern, each sufficient on its own: a caller
    /// that knows how common each literal is can pick the rarest (`\bE42\b.*request #` requires
    /// both `E42` and `request #`, and only the first tells records apart).
    ///
    /// Each requirement is its distinct literals, sorted: equal requirements are equal arrays,
    /// whatever order the pattern gave them in. Arrays, not sets: a requirement holds a few
    /// literals and is only read through, and the check cache decodes one for every record of
    /// the KB (as sets, building them was two-fifths of decoding a digest).
    ///
    /// `mergingLiteralRuns`: false only for the test that the fast path changes nothing.
    static func alternatives(of ast: RegexAST, mergingLiteralRuns: Bool = true) -> [[[UInt32]]] {
        let top = facts(ast.root, mergingLiteralRuns)
        var all = top.alternatives
        if let exact = top.exact.flatMap(usable) { all.append(exact) }
        if let required = top.required { all.append(required) }
        // Each once, in the order found: the check cache needs equal patterns to give equal
        // digests.
        var distinct: [LiteralSet] = []
        for requirement in all where !distinct.contains(requirement) { distinct.append(requirement) }
        return distinct.map { $0.members.sorted { $0.lexicographicallyPrecedes($1) } }
    }

    static func fold(_ text: [UInt32]) -> [UInt32] {
        text.map { PythonCaseFolding.fold($0, ascii: false) }
    }

    private static func facts(_ node: RegexNode, _ merging: Bool) -> Facts {
        switch node.kind {
        case .empty, .anchor:
            return .empty
        case .literal(let c):
            return Facts(exact: LiteralSet([[PythonCaseFolding.fold(c, ascii: false)]]), required: nil)
        case .characterClass(let set):
            return facts(of: set)
        case .any, .classEscape, .backreference, .conditional:
            return .unknown
        case .group(let kind, let body):
            switch kind {
            case .lookahead, .lookbehind: return .empty
            default: return facts(body, merging)
            }
        case .alternation(let branches):
            let all = branches.map { facts($0, merging) }
            var exact: LiteralSet? = LiteralSet([])
            for branch in all { exact = union(exact, branch.exact) }
            var required: LiteralSet? = LiteralSet([])
            for branch in all { required = union(required, best(branch)) }
            return Facts(exact: exact, required: required)
        case .concatenation(let nodes):
            return concatenation(merging ? parts(of: nodes) : nodes.map { facts($0, merging) })
        case .quantified(let quantifier, let body):
            guard quantifier.min > 0 else { return .unknown }
            let inner = facts(body, merging)
            if quantifier.max == quantifier.min, quantifier.min <= 4 {
                return concatenation(Array(repeating: inner, count: quantifier.min))
            }
            return Facts(exact: nil, required: best(inner), alternatives: inner.alternatives)
        }
    }

    private static func facts(of set: RegexCharacterClass) -> Facts {
        guard !set.isNegated else { return .unknown }
        var members = LiteralSet([])
        for item in set.items {
            switch item {
            case .literal(let c): members.insert([PythonCaseFolding.fold(c, ascii: false)])
            case .range(let low, let high) where high - low < 4:
                for c in low...high { members.insert([PythonCaseFolding.fold(c, ascii: false)]) }
            default: return .unknown
            }
        }
        return Facts(exact: members.count <= 4 ? members : nil, required: nil)
    }

    /// The facts of a sequence's parts, with each run of plain characters as one part: building
    /// a long literal a character at a time made a new set of strings per character, most of the
    /// cost of compiling a typical record's regex. The same as multiplying the characters out
    /// (a product keeps `maximumLength` characters too).
    private static func parts(of nodes: [RegexNode]) -> [Facts] {
        var parts: [Facts] = []
        var run: [UInt32] = []
        for node in nodes {
            if case .literal(let c) = node.kind {
                if run.count < maximumLength { run.append(PythonCaseFolding.fold(c, ascii: false)) }
                continue
            }
            if !run.isEmpty { parts.append(Facts(exact: LiteralSet([run]), required: nil)) }
            run = []
            parts.append(facts(node, true))
        }
        if !run.isEmpty { parts.append(Facts(exact: LiteralSet([run]), required: nil)) }
        return parts
    }

    /// A sequence: runs of exact parts multiply out; the best requirement of any run or part wins.
    private static func concatenation(_ parts: [Facts]) -> Facts {
        var candidates: [LiteralSet] = []
        var run: LiteralSet? = LiteralSet([[]])
        var whole: LiteralSet? = LiteralSet([[]])
        for part in parts {
            if let exact = part.exact, let current = run, let product = product(current, exact) {
                run = product
            } else {
                if let current = run, let requirement = usable(current) { candidates.append(requirement) }
                run = part.exact ?? LiteralSet([[]])
            }
            if let requirement = part.required { candidates.append(requirement) }
            whole = whole.flatMap { current in part.exact.flatMap { product(current, $0) } }
        }
        if let current = run, let requirement = usable(current) { candidates.append(requirement) }
        return Facts(exact: whole, required: candidates.max { score($0) < score($1) }, alternatives: candidates)
    }

    private static func product(_ a: LiteralSet, _ b: LiteralSet) -> LiteralSet? {
        guard a.count * b.count <= maximumAlternatives else { return nil }
        var result = LiteralSet([])
        for x in a { for y in b { result.insert(joined(x, y)) } }
        return result
    }

    /// `x + y` cut to `maximumLength`, without building the whole of it first.
    static func joined(_ x: [UInt32], _ y: [UInt32]) -> [UInt32] {
        var joined = Array(x.prefix(maximumLength))
        joined.append(contentsOf: y.prefix(maximumLength - joined.count))
        return joined
    }

    private static func union(_ a: LiteralSet?, _ b: LiteralSet?) -> LiteralSet? {
        guard var a, let b, a.count + b.count <= maximumAlternatives else { return nil }
        for literal in b { a.insert(literal) }
        return a
    }

    /// A set works as a requirement only when none of its strings is empty.
    private static func usable(_ set: LiteralSet) -> LiteralSet? {
        set.isEmpty || set.contains([]) ? nil : set
    }

    private static func best(_ facts: Facts) -> LiteralSet? {
        best(of: [facts.exact.flatMap(usable), facts.required].compactMap { $0 })
    }

    /// Longer shortest literal first, then fewer alternatives; the shortest found in place, with
    /// no array of lengths made on every call.
    static func score(_ set: some Collection<[UInt32]>) -> Int {
        var shortest: Int?
        for literal in set where literal.count < shortest ?? .max { shortest = literal.count }
        return (shortest ?? 0) * 100 - set.count
    }
}
