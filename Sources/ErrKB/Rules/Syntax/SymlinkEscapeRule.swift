/// Found by the loader; this type documents the id and carries its examples.
struct SymlinkEscapeRule: Rule {
    static let description = RuleDescription(
        id: "symlink-escape", defaultSeverity: .error, group: .syntax,
        summary: "Symbolic links must stay inside the KB",
        rationale: """
            A pull request could add a link to a file outside the repository, such as a secret or a device. errkb refuses to follow links that leave the KB root.
            """,
        examples: [
            .passes("locale: en"),
        ])
}
