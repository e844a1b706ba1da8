/// Found by the loader; this type documents the id and carries its examples.
struct JsonSyntaxRule: Rule {
    static let description = RuleDescription(
        id: "json-syntax", defaultSeverity: .error, group: .syntax,
        summary: "A JSON record must be well-formed JSON",
        rationale: """
            Canonical JSON records (a release bundle's records/) are read by a strict JSON reader; a syntax error is reported at its line and column.
            """,
        examples: [
            .passes("locale: en"),
        ])
}
