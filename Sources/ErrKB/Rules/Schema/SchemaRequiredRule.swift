/// Checked by the JSON Schema validator; this type documents the id and carries its examples.
struct SchemaRequiredRule: Rule {
    static let description = RuleDescription(
        id: "schema-required", defaultSeverity: .error, group: .schema,
        summary: "Required keys are present",
        rationale: """
            A record without its signature, regex, dates or rates cannot be looked up or trusted. The problem is reported at the object that lacks the key; add it (errkb new scaffolds every required key).
            """,
        examples: [
            .passes("versions:\n- version: openai>=1.0.0"),
            .fails("versions:\n- ↓introduced: '1.0'"),
        ])
}
