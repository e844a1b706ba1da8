/// Every output format: `--format` and its help are derived from this list.
public enum Reporters {
    public static let all: [any Reporter.Type] = [TextReporter.self, JSONReporter.self, GitHubReporter.self, SARIFReporter.self]

    /// The reporter for a `--format` value.
    public static func make(_ id: String, useColor: Bool) -> (any Reporter)? {
        switch id {
        case TextReporter.id: TextReporter(useColor: useColor)
        case JSONReporter.id: JSONReporter()
        case GitHubReporter.id: GitHubReporter()
        case SARIFReporter.id: SARIFReporter(rules: AllRules.all.map { $0.description })
        default: nil
        }
    }
}
