/// Checked by the JSON Schema validator; this type documents the id and carries its examples.
struct UrlFormatRule: Rule {
    static let description = RuleDescription(
        id: "url-format", defaultSeverity: .error, group: .schema,
        summary: "Links are absolute http(s) URLs",
        rationale: """
            Readers follow official_doc_url and sources from the bundle, outside any repository: a relative path, a bare domain or another scheme leads nowhere. Write the full https:// URL.
            """,
        examples: [
            .passes("official_doc_url: https://platform.openai.com/docs/guides/streaming"),
            .fails("official_doc_url: ↓ftp://example.com/doc"),
        ])
}
