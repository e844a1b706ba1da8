/// Checked by the JSON Schema validator; this type documents the id and carries its examples.
struct SchemaTypeRule: Rule {
    static let description = RuleDescription(
        id: "schema-type", defaultSeverity: .error, group: .schema,
        summary: "A value has the type the schema gives its field",
        rationale: """
            Every field has one type: a rate is a number, a date a string, a list a list. A wrong type is reported at the value, naming the type expected; for a string-or-null field the string is what is expected. Write the value in the field's type; quote nothing that should be a number.
            """,
        examples: [
            .passes("confidence: 0.85"),
            .fails("confidence: ↓high"),
        ])
}
