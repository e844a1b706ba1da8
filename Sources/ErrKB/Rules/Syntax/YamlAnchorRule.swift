/// Found by the loader; this type documents the id and carries its examples.
struct YamlAnchorRule: Rule {
    static let description = RuleDescription(
        id: "yaml-anchor", defaultSeverity: .error, group: .syntax,
        summary: "Anchors and aliases are not allowed",
        rationale: """
            Anchors and aliases let one value stand in several places; expanding them hides what a record says from a reviewer reading the diff, and nested aliases can expand without bound. Write repeated values out in full.
            """,
        examples: [
            .passes("tags: [streaming, retry]"),
            .fails("tags: ↓&shared [streaming]"),
        ])
}
