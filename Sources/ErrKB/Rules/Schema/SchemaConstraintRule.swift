/// Checked by the JSON Schema validator; this type documents the id and carries its examples.
struct SchemaConstraintRule: Rule {
    static let description = RuleDescription(
        id: "schema-constraint", defaultSeverity: .error, group: .schema,
        summary: "A value meets the schema's other constraints",
        rationale: """
            Any other schema constraint a value breaks is reported under this id, with the schema's own wording.
            """,
        examples: [
            .passes("tags: [retry]"),
        ])
}
