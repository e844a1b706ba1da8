/// A parsed Python pattern: its tree, its capturing groups and its global inline flags.
public struct RegexAST: Hashable, Sendable {
    /// The whole pattern.
    public var root: RegexNode
    /// Number of capturing groups (Python's `Pattern.groups`).
    public var groupCount: Int
    /// Named groups and their numbers (Python's `Pattern.groupindex`).
    public var groupNames: [String: Int]
    /// Flags set by `(?aimsux)` at the start of the pattern.
    public var flags: RegexFlags

    public init(root: RegexNode, groupCount: Int, groupNames: [String: Int], flags: RegexFlags) {
        self.root = root
        self.groupCount = groupCount
        self.groupNames = groupNames
        self.flags = flags
    }

    /// Group names sorted by group number.
    public var orderedGroupNames: [String] {
        groupNames.sorted { $0.value < $1.value }.map(\.key)
    }
}
