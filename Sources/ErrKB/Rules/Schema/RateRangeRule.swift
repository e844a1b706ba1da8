/// Checked by the JSON Schema validator; this type documents the id and carries its examples.
struct RateRangeRule: Rule {
    static let description = RuleDescription(
        id: "rate-range", defaultSeverity: .error, group: .schema,
        summary: "Rates and probabilities lie between 0 and 1",
        rationale: """
            confidence, fix_success_rate, success_rate, fail_rate and probability are fractions: 0.85, not 85 or 1.5. Clients multiply and compare them; a rate outside 0–1 breaks every average. Write the fraction.
            """,
        examples: [
            .passes("confidence: 0.85"),
            .fails("confidence: ↓1.5"),
        ])
}
