import Foundation

/// The library's entry points: one per command that checks records.
public enum Engine {
    /// Loads, types and checks every file under the request's paths, then runs the rules that see
    /// the whole KB. One bad file never stops the others.
    public static func check(_ request: CheckRequest) throws(RunError) -> CheckResult {
        let discovery = FileDiscovery(knowledgeBase: request.knowledgeBase)
        let (files, refused) = try discovery.discover(request.paths)
        var context = RuleContext(today: request.today, config: request.config, schema: request.schema)
        let enabled: (any Rule.Type) -> Bool = { rule in
            request.groups.contains(rule.description.group)
                && request.config.severity(for: rule.description.id, default: rule.description.defaultSeverity) != nil
        }
        let pipeline = RecordPipeline(
            loader: SourceLoader(limits: request.limits), schema: request.schema,
            rules: AllRules.recordRules.filter(enabled).map { $0.init() }, context: context)
        let outcomes = files.parallelMap { pipeline.run($0) }
        var diagnostics = refused + outcomes.flatMap(\.diagnostics)
        let records = outcomes.compactMap(\.record)

        // Cross-record rules see the whole KB even when only some files are named, and report
        // only on the named ones: a link to a record that was not named is not dangling.
        let named = Set(files.map(\.file))
        let contextRecordFiles = try contextFiles(for: request, excluding: named, discovery: discovery)
        let contextRecords = contextRecordFiles.parallelMap { pipeline.run($0, checking: false) }.compactMap(\.record)
        let wholeKB = (records + contextRecords).sorted { $0.file < $1.file }
        if !contextRecords.isEmpty { context.reportedFiles = named }
        for ruleType in AllRules.corpusRules.filter(enabled) {
            var report = RuleReport(rule: ruleType.description)
            ruleType.init().check(wholeKB, context: context, into: &report)
            diagnostics.append(contentsOf: report.diagnostics.filter { named.contains($0.file) })
        }
        var texts: [String: SourceText] = [:]
        for (file, outcome) in zip(files, outcomes) { texts[file.file] = outcome.text }
        let enabledRules = Set(AllRules.all.filter(enabled).map { $0.description.id })
        diagnostics = SuppressionFilter(enabledRules: enabledRules).apply(diagnostics, sources: texts)
        let policy = DiagnosticPolicy(config: request.config, maxPerFile: request.limits.maxDiagnosticsPerFile)
        let kept = policy.apply(diagnostics)
        let filesWithFindings = Set(kept.map(\.file))
        let sources = texts.filter { filesWithFindings.contains($0.key) }
        return CheckResult(diagnostics: kept, records: records, sources: sources, fileCount: files.count + refused.count)
    }

    /// The KB's other record files, when the named paths lie inside the KB's records folder.
    private static func contextFiles(for request: CheckRequest, excluding named: Set<String>,
                                     discovery: FileDiscovery) throws(RunError) -> [DiscoveredFile] {
        let records = request.knowledgeBase.root.appendingPathComponent(request.config.recordsPath).standardizedFileURL
        let prefix = records.path.hasSuffix("/") ? records.path : records.path + "/"
        let insideKB = request.paths.allSatisfy { $0.standardizedFileURL.path.hasPrefix(prefix) }
        guard insideKB, FileManager.default.fileExists(atPath: records.path) else { return [] }
        return try discovery.discover([records]).files.filter { !named.contains($0.file) }
    }
}
