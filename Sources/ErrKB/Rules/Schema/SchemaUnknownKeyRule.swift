/// Checked by the JSON Schema validator; this type documents the id and carries its examples.
struct SchemaUnknownKeyRule: Rule {
    static let description = RuleDescription(
        id: "schema-unknown-key", defaultSeverity: .error, group: .schema,
        summary: "Only keys the schema knows are allowed",
        rationale: """
            A misspelt key is silently ignored by most tools, so the information is lost. errkb reports it at the key with the closest known name; fix the spelling or remove the key.
            """,
        examples: [
            .passes("workarounds: []"),
            .fails("↓workaround: []"),
        ])
}
