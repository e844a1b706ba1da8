/// Found by the loader; this type documents the id and carries its examples.
struct FileEmptyRule: Rule {
    static let description = RuleDescription(
        id: "file-empty", defaultSeverity: .error, group: .syntax,
        summary: "A file must hold a record",
        rationale: """
            An empty file, or one holding only comments, would silently add nothing to the KB. Write the record or delete the file.
            """,
        examples: [
            .passes("# a comment before the record\nlocale: en"),
        ])
}
