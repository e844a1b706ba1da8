/// Applies the configuration to raw diagnostics: severity overrides, rules turned off, and the
/// per-file cap that keeps a hostile file from flooding the output.
struct DiagnosticPolicy: Sendable {
    let config: Configuration
    let maxPerFile: Int

    func apply(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var kept: [Diagnostic] = []
        var perFile: [String: Int] = [:]
        for var diagnostic in diagnostics.sorted() {
            let base = AllRules.description(of: diagnostic.rule)?.defaultSeverity ?? diagnostic.severity
            guard let severity = config.severity(for: diagnostic.rule, default: base) else { continue }
            diagnostic.severity = severity
            let count = perFile[diagnostic.file, default: 0] + 1
            perFile[diagnostic.file] = count
            if count <= maxPerFile { kept.append(diagnostic) }
        }
        // `kept` is in order; only the notes on capped files need sorting in.
        let capped = perFile.filter { $0.value > maxPerFile }
        guard !capped.isEmpty else { return kept }
        for (file, count) in capped {
            kept.append(Diagnostic(
                rule: .tooManyDiagnostics, severity: .error, file: file, span: SourceSpan(at: .fileStart),
                message: "\(count - maxPerFile) more diagnostics in this file are not shown",
                hint: "fix the problems above and run again"))
        }
        return kept.sorted()
    }
}
