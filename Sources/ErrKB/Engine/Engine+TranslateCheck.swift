import Foundation

extension Engine {
    /// `translate-check`: the request's checks (syntax and translation rules), and with `since`
    /// the `i18n-stale` pairs whose English changed since that git revision while the Chinese did not.
    /// Outside a git repository or with an unknown revision the run fails with a `RunError`.
    public static func translateCheck(_ request: CheckRequest, since: String? = nil) throws(RunError) -> CheckResult {
        let git = try since.map { revision throws(RunError) in try GitRevision(revision, around: request.knowledgeBase.root) }
        let result = try check(request)
        guard let git else { return result }
        let stale = StaleTranslations(git: git, knowledgeBase: request.knowledgeBase, schema: request.schema)
        let policy = DiagnosticPolicy(config: request.config, maxPerFile: request.limits.maxDiagnosticsPerFile)
        let added = policy.apply(stale.diagnostics(for: result.records))
        var sources = result.sources
        let filesWithStale = Set(added.map(\.file))
        for record in result.records where sources[record.file] == nil && filesWithStale.contains(record.file) {
            sources[record.file] = record.text
        }
        return CheckResult(diagnostics: result.diagnostics + added, records: result.records, recordCount: result.recordCount, sources: sources,
                           fileCount: result.fileCount)
    }
}
