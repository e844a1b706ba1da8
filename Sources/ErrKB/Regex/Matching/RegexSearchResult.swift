/// What `re.search` would answer, or that finding out took more steps than allowed.
public enum RegexSearchResult: Hashable, Sendable {
    /// The first match, in Unicode scalar offsets of the text.
    case match(Range<Int>)
    case noMatch
    /// The pattern needs plain backtracking (a backreference, or more state than the memo key
    /// holds) and the search passed its step budget: Python would spend at least as long.
    case budgetExceeded(steps: Int)

    public var isMatch: Bool {
        if case .match = self { return true }
        return false
    }
}
