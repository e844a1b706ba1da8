/// The group a conditional `(?(...)yes|no)` tests.
public struct RegexCondition: Hashable, Sendable {
    /// The group number; it may name a group defined later in the pattern.
    public var index: Int
    /// The name when written `(?(name)...)`.
    public var name: String?

    public init(index: Int, name: String?) {
        self.index = index
        self.name = name
    }
}
