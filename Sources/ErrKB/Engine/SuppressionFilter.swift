/// Drops diagnostics silenced by inline comments, and reports comments that silence nothing
/// (among the rules this run actually ran) so stale suppressions do not pile up.
struct SuppressionFilter {
    let enabledRules: Set<RuleID>

    /// `byFile`: the suppression comments of each file that has some.
    func apply(_ diagnostics: [Diagnostic], suppressions byFile: [String: Suppressions]) -> [Diagnostic] {
        var kept: [Diagnostic] = []
        var used: [String: Set<String>] = [:]
        for diagnostic in diagnostics {
            if let suppressions = byFile[diagnostic.file],
               suppressions.silences(diagnostic, used: &used[diagnostic.file, default: []]) {
                continue
            }
            kept.append(diagnostic)
        }
        for (file, suppressions) in byFile {
            for (index, entry) in suppressions.entries.enumerated() {
                for rule in entry.rules where enabledRules.contains(rule) && !(used[file]?.contains("\(index)|\(rule)") ?? false) {
                    kept.append(Diagnostic(
                        rule: UnusedSuppressionRule.description.id, severity: UnusedSuppressionRule.description.defaultSeverity,
                        file: file, span: SourceSpan(at: entry.location),
                        message: "'\(rule)' is suppressed here but reports nothing on line \(entry.coveredLine)",
                        hint: "remove the suppression comment"))
                }
            }
        }
        return kept
    }
}
