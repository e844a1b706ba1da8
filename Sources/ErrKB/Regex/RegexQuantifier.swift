/// `* + ? {m} {m,} {,n} {m,n}` and their lazy `?` and possessive `+` forms.
public struct RegexQuantifier: Hashable, Sendable {
    /// How a quantifier backtracks.
    public enum Mode: Hashable, Sendable {
        case greedy, lazy, possessive
    }

    public var min: Int
    /// Nil when unbounded (`*`, `+`, `{m,}`).
    public var max: Int?
    public var mode: Mode

    public init(min: Int, max: Int?, mode: Mode) {
        self.min = min
        self.max = max
        self.mode = mode
    }
}
