/// What a rule may know beyond the record: the date, the configuration.
public struct RuleContext: Sendable {
    /// "Today", pinned by `--today` or the config for reproducible runs.
    public let today: CalendarDate
    public let config: Configuration
    /// The record schema: key order, defaults and shapes for rules that need them.
    public let schema: RecordSchema

    public init(today: CalendarDate, config: Configuration, schema: RecordSchema) {
        self.today = today
        self.config = config
        self.schema = schema
    }
}
