/// Found by the loader; this type documents the id and carries its examples.
struct ScalarTooLongRule: Rule {
    static let description = RuleDescription(
        id: "scalar-too-long", defaultSeverity: .error, group: .syntax,
        summary: "A value must stay under the length limit",
        rationale: """
            One value longer than the limit (256 KiB by default) is refused, so a runaway paste cannot slow every later stage.
            """,
        examples: [
            .passes("root_cause: a short cause"),
        ])
}
