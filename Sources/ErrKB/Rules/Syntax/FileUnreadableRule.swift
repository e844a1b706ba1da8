/// Found by the loader; this type documents the id and carries its examples.
struct FileUnreadableRule: Rule {
    static let description = RuleDescription(
        id: "file-unreadable", defaultSeverity: .error, group: .syntax,
        summary: "A file must be readable",
        rationale: """
            A file that exists but cannot be read (permissions, a broken link) is reported, and the other files are still checked.
            """,
        examples: [
            .passes("locale: en"),
        ])
}
