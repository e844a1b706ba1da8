/// Found by the loader; this type documents the id and carries its examples.
struct YamlTagRule: Rule {
    static let description = RuleDescription(
        id: "yaml-tag", defaultSeverity: .error, group: .syntax,
        summary: "Explicit YAML tags are not allowed",
        rationale: """
            A tag such as !!float or !python/object overrides the schema's typing and, in some loaders, runs code. The schema alone decides each value's type.
            """,
        examples: [
            .passes("confidence: 0.85"),
            .fails("confidence: ↓!!float 0.85"),
        ])
}
