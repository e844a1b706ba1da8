/// `first_seen ≤ last_confirmed ≤ last_updated ≤ today`.
struct DateOrderRule: RecordRule {
    static let description = RuleDescription(
        id: "date-order", defaultSeverity: .error, group: .correctness,
        summary: "first_seen ≤ last_confirmed ≤ last_updated ≤ today",
        rationale: """
            Freshness and staleness reports read these dates: out of order, they lie. A record \
            cannot be confirmed before it was first seen, edited before it was confirmed, or dated \
            in the future. Fix the date that is wrong; run with --today to pin the date in CI.
            """,
        examples: [
            .passes("first_seen: 2024-01-02\nlast_confirmed: 2024-03-01\nlast_updated: 2024-03-01"),
            .fails("first_seen: 2024-05-01\nlast_confirmed: ↓2024-03-01\nlast_updated: 2024-06-01"),
            .fails("first_seen: 2024-01-01\nlast_confirmed: 2024-03-01\nlast_updated: ↓2999-01-01"),
        ])

    private static let order = ["first_seen", "last_confirmed", "last_updated"]

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        let dates = Self.order.compactMap { field in
            record.value[field]?.stringValue.flatMap(CalendarDate.init).map { (field, $0) }
        }
        for (earlier, later) in zip(dates, dates.dropFirst()) where later.1 < earlier.1 {
            report.add(record, at: JSONPointer.root.appending(later.0),
                       "\(later.0) \(later.1) is before \(earlier.0) \(earlier.1)",
                       hint: "dates run first_seen ≤ last_confirmed ≤ last_updated; correct the one that is wrong")
        }
        for (field, date) in dates {
            guard context.today < date else {
                context.findingsHold(from: date.dayNumber)
                continue
            }
            context.findingsHoldTodayOnly()
            report.add(record, at: JSONPointer.root.appending(field),
                       "\(field) \(date) is after today (\(context.today))",
                       hint: "write the date the event happened; pin today with --today in CI")
        }
    }
}
