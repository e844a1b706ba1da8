/// Found by the loader; this type documents the id and carries its examples.
struct FileTooLargeRule: Rule {
    static let description = RuleDescription(
        id: "file-too-large", defaultSeverity: .error, group: .syntax,
        summary: "A file must stay under the size limit",
        rationale: """
            Records are small; a file over the limit (1 MiB by default) is refused unread, so a hostile pull request cannot exhaust the CI gate.
            """,
        examples: [
            .passes("locale: en"),
        ])
}
