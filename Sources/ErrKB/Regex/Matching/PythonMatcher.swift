/// A Python pattern ready to search texts with `re.search` semantics, in bounded time.
public struct PythonMatcher: Sendable {
    /// Steps a search may take before it gives up (memoized programs stay far below it).
    public static let defaultBudget = 1_000_000

    let program: MatchProgram
    public let ast: RegexAST

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
    }

    /// True when every search finishes within instructions × text length steps.
    public var hasLinearBound: Bool { program.isMemoizable }

    public func search(_ text: String, budget: Int = defaultBudget) -> RegexSearchResult {
        search(scalars: text.unicodeScalars.map(\.value), budget: budget)
    }

    public func search(scalars: [UInt32], budget: Int = defaultBudget) -> RegexSearchResult {
        var machine = BacktrackingMachine(program: program, text: scalars, budget: budget)
        return machine.search()
    }
}
