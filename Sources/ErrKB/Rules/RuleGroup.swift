/// The family a rule belongs to; it decides which commands run the rule.
public enum RuleGroup: String, Sendable, CaseIterable, Codable {
    case syntax, schema, correctness, quality, style, translation

    /// The commands that run rules of this group, derived here and nowhere else.
    public var commands: [String] {
        switch self {
        case .syntax, .schema, .correctness: ["validate", "lint", "build"]
        case .quality, .style: ["lint"]
        case .translation: ["lint", "translate-check"]
        }
    }
}
