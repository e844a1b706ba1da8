/// Checked by the JSON Schema validator; this type documents the id and carries its examples.
struct SchemaFormatRule: Rule {
    static let description = RuleDescription(
        id: "schema-format", defaultSeverity: .error, group: .schema,
        summary: "A value has the format its field declares",
        rationale: """
            A field with a format (date, URI) that is not covered by a more specific rule reports a broken format here.
            """,
        examples: [
            .passes("first_seen: 2023-04-10"),
        ])
}
