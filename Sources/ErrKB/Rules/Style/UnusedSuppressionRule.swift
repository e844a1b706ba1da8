/// Reported by the suppression filter; this type documents it and carries its examples.
struct UnusedSuppressionRule: Rule {
    static let description = RuleDescription(
        id: "unused-suppression", defaultSeverity: .warning, group: .style,
        summary: "A suppression comment silences a finding",
        rationale: """
            '# errkb-disable-line RULE' (at the end of a line) and '# errkb-disable-next-line RULE' \
            (on a line of its own) silence one rule on one line. Once the problem is fixed the comment \
            silences nothing and only hides the next real problem; remove it.
            """,
        examples: [
            .passes("first_seen: 2024-05-01\nlast_confirmed: 2024-03-01  # errkb-disable-line date-order"),
            .fails("first_seen: 2024-01-01\nlast_confirmed: 2024-02-01\n↓# errkb-disable-next-line date-order\nlast_updated: 2024-03-01"),
        ])
}
