/// Found by the loader; this type documents the id and carries its examples.
struct YamlDuplicateKeyRule: Rule {
    static let description = RuleDescription(
        id: "yaml-duplicate-key", defaultSeverity: .error, group: .syntax,
        summary: "A key must appear once in its mapping",
        rationale: """
            YAML parsers disagree on duplicate keys: most keep the last silently, so half of what the contributor wrote is lost without a word. errkb reports the second key and names the first.
            """,
        examples: [
            .passes("domain: llm\ncategory: network_error"),
            .fails("domain: llm\n↓domain: llm"),
        ])
}
