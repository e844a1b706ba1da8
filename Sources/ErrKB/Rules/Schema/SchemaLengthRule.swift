/// Checked by the JSON Schema validator; this type documents the id and carries its examples.
struct SchemaLengthRule: Rule {
    static let description = RuleDescription(
        id: "schema-length", defaultSeverity: .error, group: .schema,
        summary: "Texts that must not be empty are not empty",
        rationale: """
            An empty signature, regex or root cause makes a record useless for lookup. Write the text.
            """,
        examples: [
            .passes("signature: \"Error: something failed\""),
            .fails("signature: ↓''"),
        ])
}
