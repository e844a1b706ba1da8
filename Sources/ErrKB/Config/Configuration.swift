/// The settings of a run, from `errkb.yml` and the command line.
public struct Configuration: Sendable {
    /// The records folder, relative to the KB root.
    public var recordsPath: String = "records"
    /// A pinned "today" (`today:` in the config, or `--today`); nil means the clock.
    public var today: CalendarDate?
    /// Severity overrides by rule id; nil turns the rule off.
    public var severities: [RuleID: Severity?] = [:]
    /// Days after `last_confirmed` that make a record stale.
    public var staleDays: Int = 365
    /// The flags consumers compile record regexes with (`regex: {flags: [...]}`).
    public var regexFlags: RegexFlags = []

    public init() {}

    /// The severity a rule's findings get, or nil when the rule is off.
    public func severity(for rule: RuleID, default defaultSeverity: Severity) -> Severity? {
        if let override = severities[rule] { return override }
        return defaultSeverity
    }
}
