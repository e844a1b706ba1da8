/// A record was confirmed within `stale_days` (365 by default) of today.
struct StaleRecordRule: RecordRule {
    static let description = RuleDescription(
        id: "stale-record", defaultSeverity: .warning, group: .quality,
        summary: "last_confirmed is within stale_days of today",
        rationale: """
            Libraries change: a fix confirmed long ago may no longer work, or no longer be needed. \
            Re-check the record against current versions and update 'last_confirmed'; set \
            'stale_days' in errkb.yml to change the limit (365 days by default).
            """,
        examples: [
            .passes("last_confirmed: 2025-06-01"),
            .passes("last_confirmed: 2024-06-01", config: "stale_days: 1000\n"),
            .fails("last_confirmed: ↓2024-06-01"),
        ])

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        guard let date = record.value["last_confirmed"]?.stringValue.flatMap(CalendarDate.init) else { return }
        let age = context.today.dayNumber - date.dayNumber
        guard age > context.config.staleDays else {
            context.findingsHold(through: date.dayNumber + context.config.staleDays)
            return
        }
        // The age changes every day, so it is told in the hint: the message is part of a
        // finding's fingerprint, and a baseline that accepted the finding must still know it
        // tomorrow. (The hint changes, so the finding still holds for today only.)
        context.findingsHoldTodayOnly()
        report.add(record, at: JSONPointer.root.appending("last_confirmed"),
                   "last_confirmed \(date) is more than \(context.config.staleDays) days ago",
                   hint: "it was \(age) days ago: check the record against current versions, then update 'last_confirmed'")
    }
}
