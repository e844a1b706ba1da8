/// Checked by the JSON Schema validator; this type documents the id and carries its examples.
struct SchemaRangeRule: Rule {
    static let description = RuleDescription(
        id: "schema-range", defaultSeverity: .error, group: .schema,
        summary: "A number lies in its field's range",
        rationale: """
            Counts cannot be negative. Write a value in the range the message gives.
            """,
        examples: [
            .passes("evidence_count: 3"),
            .fails("evidence_count: ↓-1"),
        ])
}
