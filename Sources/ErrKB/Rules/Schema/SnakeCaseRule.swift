/// Checked by the JSON Schema validator; this type documents the id and carries its examples.
struct SnakeCaseRule: Rule {
    static let description = RuleDescription(
        id: "snake-case", defaultSeverity: .error, group: .schema,
        summary: "Categories are written in snake_case",
        rationale: """
            category and root_cause_type group records in statistics; 'Network Error' and 'network_error' would count as two. Write them in snake_case.
            """,
        examples: [
            .passes("category: network_error"),
            .fails("category: ↓Network Error"),
        ])
}
