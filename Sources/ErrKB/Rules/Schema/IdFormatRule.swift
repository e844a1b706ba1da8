/// Checked by the JSON Schema validator; this type documents the id and carries its examples.
struct IdFormatRule: Rule {
    static let description = RuleDescription(
        id: "id-format", defaultSeverity: .error, group: .schema,
        summary: "Ids are <domain>/<slug> in lowercase",
        rationale: """
            Ids become file paths and links: lowercase domain of [a-z0-9-], a slash, a slug of [a-z0-9._-] starting with a letter or digit.
            """,
        examples: [
            .passes("id: llm/truncated-response-in-streaming-mode"),
            .fails("id: ↓LLM/Truncated Response"),
        ])
}
