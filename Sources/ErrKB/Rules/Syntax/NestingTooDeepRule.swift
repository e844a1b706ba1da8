/// Found by the loader; this type documents the id and carries its examples.
struct NestingTooDeepRule: Rule {
    static let description = RuleDescription(
        id: "nesting-too-deep", defaultSeverity: .error, group: .syntax,
        summary: "Nesting must stay within the depth limit",
        rationale: """
            A record is at most a few levels deep. Deeper nesting (32 levels by default) is refused before it is built, so hostile input cannot exhaust the stack.
            """,
        examples: [
            .passes("os_specific:\n  linux: note"),
            .fails("os_specific:\n  linux: " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40)),
        ])
}
