/// Found by the loader; this type documents the id and carries its examples.
struct TooManyDiagnosticsRule: Rule {
    static let description = RuleDescription(
        id: "too-many-diagnostics", defaultSeverity: .error, group: .syntax,
        summary: "Diagnostics per file are capped",
        rationale: """
            A badly broken file could print thousands of findings and hide the other files. After the cap (100 per file) errkb prints one note saying how many more there are.
            """,
        examples: [
            .passes("locale: en"),
        ])
}
