/// Found by the loader; this type documents the id and carries its examples.
struct YamlComplexKeyRule: Rule {
    static let description = RuleDescription(
        id: "yaml-complex-key", defaultSeverity: .error, group: .syntax,
        summary: "Mapping keys must be plain text",
        rationale: """
            Record keys are field names. A sequence or mapping used as a key (with the '?' indicator) cannot name a field.
            """,
        examples: [
            .passes("os_specific:\n  linux: use the system certificates"),
            .fails("os_specific:\n  ? ↓[linux, macos]\n  : shared note"),
        ])
}
