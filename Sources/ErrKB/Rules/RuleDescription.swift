/// Everything a person or a tool needs to know about a rule: the single source of `errkb rules`,
/// `errkb explain`, SARIF rule metadata and the example tests.
public struct RuleDescription: Sendable {
    public let id: RuleID
    public let defaultSeverity: Severity
    public let group: RuleGroup
    /// One line, no final period.
    public let summary: String
    /// Why the rule matters and what the fix usually is.
    public let rationale: String
    public let examples: [RuleExample]

    public init(id: RuleID, defaultSeverity: Severity, group: RuleGroup, summary: String,
                rationale: String, examples: [RuleExample]) {
        self.id = id
        self.defaultSeverity = defaultSeverity
        self.group = group
        self.summary = summary
        self.rationale = rationale
        self.examples = examples
    }
}
