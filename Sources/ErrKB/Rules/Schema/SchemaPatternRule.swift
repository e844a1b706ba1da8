/// Checked by the JSON Schema validator; this type documents the id and carries its examples.
struct SchemaPatternRule: Rule {
    static let description = RuleDescription(
        id: "schema-pattern", defaultSeverity: .error, group: .schema,
        summary: "A value has the shape its field requires",
        rationale: """
            Fields such as domain and signature have a fixed shape (lowercase domain, one-line signature) so that ids, paths and lookups stay consistent. The hint says what shape is expected.
            """,
        examples: [
            .passes("domain: llm"),
            .fails("domain: ↓LLM"),
        ])
}
