/// Found by the loader; this type documents the id and carries its examples.
struct YamlSyntaxRule: Rule {
    static let description = RuleDescription(
        id: "yaml-syntax", defaultSeverity: .error, group: .syntax,
        summary: "The file must be well-formed YAML",
        rationale: """
            A record that libyaml cannot parse cannot be checked, built or looked up. errkb rewords libyaml's problem and points at the character where parsing stopped; the usual causes are a ': ' inside an unquoted value, a tab used for indentation, or a line indented differently from its siblings.
            """,
        examples: [
            .passes("signature: \"Error: a value with a colon: quoted\""),
            .fails("root_cause: the cause↓: here"),
        ])
}
