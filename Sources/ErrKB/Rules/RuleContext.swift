/// What a rule may know beyond the record: the date, the configuration.
public struct RuleContext: Sendable {
    /// "Today", pinned by `--today` or the config for reproducible runs.
    public let today: CalendarDate
    public let config: Configuration

    public init(today: CalendarDate, config: Configuration) {
        self.today = today
        self.config = config
    }
}
