/// A part of a pattern that makes Python's backtracking matcher take exponential or
/// polynomial time on some texts.
public struct BacktrackingRisk: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// A repeat whose body can match the same text in more than one way: each extra
        /// character doubles the work (`(a+)+$`, `(a|a)*b`, `(\w+\s?)*$`).
        case exponential
        /// Two repeats in a row that can take the same characters: the work grows with a power
        /// of the text length (`\s*.*$`).
        case polynomial
    }

    public let kind: Kind
    /// Unicode scalar offsets, in the pattern, of the part to blame.
    public let range: Range<Int>
    /// The text of that part.
    public let fragment: String
}
