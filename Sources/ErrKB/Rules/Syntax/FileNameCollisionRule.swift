/// Found by file discovery; this type documents the id and carries its examples.
struct FileNameCollisionRule: Rule {
    static let description = RuleDescription(
        id: "file-name-collision", defaultSeverity: .error, group: .syntax,
        summary: "No two record files have names that differ only in Unicode normalization",
        rationale: """
            An accented letter can be written as one code point (é) or as a letter and a combining \
            accent (e + ◌́). Two file names that differ only so look the same, are one name to macOS \
            and to errkb, which would check only one of them. The second is reported instead of \
            skipped; rename one of the two files.
            """,
        examples: [
            .passes("locale: en"),
        ])
}
