import Foundation

extension Engine {
    /// `translate-check`: the request's checks (syntax and translation rules), and with `since`
    /// the `i18n-stale` pairs whose English changed since that git revision while the Chinese did
    /// not; with them, the translation coverage of the records checked. Outside a git repository
    /// or with an unknown revision the run fails with a `RunError`.
    public static func translateCheck(_ request: CheckRequest, since: String? = nil) throws(RunError)
        -> (result: CheckResult, coverage: TranslationCoverage) {
        let git = try since.map { revision throws(RunError) in try GitRevision(revision, around: request.knowledgeBase.root) }
        let stale = git.map { StaleTranslations(git: $0, knowledgeBase: request.knowledgeBase, schema: request.schema) }
        // Each record's pairs and stale findings are taken while it is checked, on the check's
        // threads; the records themselves are not kept.
        let (result, kept) = try check(request) { record in
            KeptForTranslation(record, stale: stale?.diagnostics(for: record) ?? [])
        }
        let pairs = kept.compactMap(\.pairs)
        guard stale != nil else { return (result, TranslationCoverage(pairs, diagnostics: result.diagnostics)) }
        let policy = DiagnosticPolicy(config: request.config, maxPerFile: request.limits.maxDiagnosticsPerFile)
        let added = policy.apply(kept.flatMap(\.stale))
        var sources = result.sources
        for record in kept where sources[record.file] == nil {
            if let text = record.text { sources[record.file] = text }
        }
        // A stale Chinese is a suspect translation too.
        let diagnostics = result.diagnostics + added
        return (CheckResult(diagnostics: diagnostics, records: result.records, recordCount: result.recordCount, sources: sources,
                            fileCount: result.fileCount), TranslationCoverage(pairs, diagnostics: diagnostics))
    }
}

/// What `translate-check` keeps of a record: its coverage, and its text only when it is needed
/// for the carets of stale findings.
private struct KeptForTranslation: Sendable {
    let file: String
    let pairs: TranslationCoverage.RecordPairs?
    let stale: [Diagnostic]
    let text: SourceText?

    init(_ record: TypedRecord, stale: [Diagnostic]) {
        file = record.file
        pairs = TranslationCoverage.RecordPairs(record)
        self.stale = stale
        text = stale.isEmpty ? nil : record.text
    }
}
