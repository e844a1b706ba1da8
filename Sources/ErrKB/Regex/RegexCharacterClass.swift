/// A bracketed set such as `[^a-z\d_]`.
public struct RegexCharacterClass: Hashable, Sendable {
    /// One member of a set.
    public enum Item: Hashable, Sendable {
        /// One code point (escapes already decoded, `\b` is backspace here).
        case literal(UInt32)
        /// `a-z`, bounds included, `lower <= upper`.
        case range(UInt32, UInt32)
        /// `\d \D \w \W \s \S` inside the set.
        case classEscape(RegexClassEscape)
    }

    public var isNegated: Bool
    public var items: [Item]

    public init(isNegated: Bool, items: [Item]) {
        self.isNegated = isNegated
        self.items = items
    }
}
