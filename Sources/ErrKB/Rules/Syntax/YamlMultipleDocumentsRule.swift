/// Found by the loader; this type documents the id and carries its examples.
struct YamlMultipleDocumentsRule: Rule {
    static let description = RuleDescription(
        id: "yaml-multiple-documents", defaultSeverity: .error, group: .syntax,
        summary: "A file holds one YAML document",
        rationale: """
            One record per file keeps ids, paths and diffs in step. A second document after '---' would be ignored by most tools, so it is refused here.
            """,
        examples: [
            .passes("---\nlocale: en"),
            .fails("locale: en\n↓---\nlocale: zh"),
        ])
}
