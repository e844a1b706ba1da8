/// A Python pattern ready to search texts with `re.search` semantics, in bounded time.
public struct PythonMatcher: Sendable {
    /// Steps a search may take before it gives up (memoized programs stay far below it).
    public static let defaultBudget = 1_000_000

    let program: MatchProgram
    public let ast: RegexAST
    /// Every requirement of literals found in the pattern (see `RequiredLiterals`): the
    /// cross-record prefilter picks the rarest.
    let requiredLiteralAlternatives: [[[UInt32]]]
    /// The best of them: a text with none of these (case-folded) cannot match, and is answered
    /// without running the pattern.
    let requiredLiterals: [[UInt32]]?

    /// Nil when the pattern is not valid Python or too large to compile for matching.
    public init?(pattern: String, flags: RegexFlags = []) {
        guard case .success(let ast) = PythonRegex.parse(pattern) else { return nil }
        self.init(ast: ast, flags: flags)
    }

    /// `flags` are the consumer's compile flags (`re.compile(pattern, flags)`), added to the
    /// pattern's own inline ones.
    public init?(ast: RegexAST, flags: RegexFlags = []) {
        guard let program = MatchCompiler.compile(ast, flags: flags) else { return nil }
        self.ast = ast
        self.program = program
        requiredLiteralAlternatives = RequiredLiterals.alternatives(of: ast)
        requiredLiterals = RequiredLiterals.best(of: requiredLiteralAlternatives)
    }

    /// True when every search finishes within instructions × text length steps.
    public var hasLinearBound: Bool { program.isMemoizable }

    public func search(_ text: String, budget: Int = defaultBudget) -> RegexSearchResult {
        if let requiredLiterals, RequiredLiterals.ruleOut(text, lacking: requiredLiterals) { return .noMatch }
        return search(scalars: BufferScalars.values(of: text), budget: budget)
    }

    public func search(scalars: [UInt32], budget: Int = defaultBudget) -> RegexSearchResult {
        search(scalars: scalars, folded: nil, budget: budget)
    }

    /// `folded`: the text already case-folded by `RequiredLiterals.fold`, when the caller has it
    /// (the whole-KB cross-record check folds every text once, not once per regex).
    func search(scalars: [UInt32], folded: [UInt32]?, budget: Int = defaultBudget) -> RegexSearchResult {
        if let requiredLiterals {
            let folded = folded ?? RequiredLiterals.fold(scalars)
            if !requiredLiterals.contains(where: { folded.contains(subsequence: $0) }) { return .noMatch }
        }
        var machine = BacktrackingMachine(program: program, text: scalars, budget: budget)
        return machine.search()
    }
}
