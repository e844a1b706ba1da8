/// Checked by the JSON Schema validator; this type documents the id and carries its examples.
struct DateFormatRule: Rule {
    static let description = RuleDescription(
        id: "date-format", defaultSeverity: .error, group: .schema,
        summary: "Dates are real calendar dates written YYYY-MM-DD",
        rationale: """
            first_seen, last_confirmed and last_updated are compared and aged. '2023-02-30' or '10/04/2023' cannot be; write an existing date as YYYY-MM-DD.
            """,
        examples: [
            .passes("first_seen: 2023-04-10"),
            .fails("first_seen: ↓2023-02-30"),
        ])
}
