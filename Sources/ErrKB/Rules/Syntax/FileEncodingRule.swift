/// Found by the loader; this type documents the id and carries its examples.
struct FileEncodingRule: Rule {
    static let description = RuleDescription(
        id: "file-encoding", defaultSeverity: .error, group: .syntax,
        summary: "Files must be UTF-8",
        rationale: """
            errkb reads records as UTF-8, the only encoding YAML and JSON exchange reliably. A Latin-1 or UTF-16 file is reported at its first invalid byte instead of being misread.
            """,
        examples: [
            .passes("signature_zh: \"错误\""),
        ])
}
