/// Checked by the JSON Schema validator; this type documents the id and carries its examples.
struct SchemaEnumRule: Rule {
    static let description = RuleDescription(
        id: "schema-enum", defaultSeverity: .error, group: .schema,
        summary: "A value is one of the values its field allows",
        rationale: """
            Fields such as verification_tier, resolvable, locale and status take a fixed set of values that clients switch on. Use one of the listed values.
            """,
        examples: [
            .passes("verification_tier: human_verified"),
            .fails("verification_tier: ↓verified"),
        ])
}
