import Foundation

/// The library's entry points: one per command that checks records.
public enum Engine {
    /// Loads, types and checks every file under the request's paths, then runs the rules that see
    /// the whole KB. One bad file never stops the others.
    public static func check(_ request: CheckRequest) throws(RunError) -> CheckResult {
        // Before any file is read: the check cache keeps only files written well before this.
        let runStart = FileStamp.now()
        // Findings come from the check cache only for runs that want nothing else of a file.
        // Such a run reads the cache whenever it uses one, so it is read on another thread while
        // the files are found: in a KB of 50,000 records each took a sixth of `lint FILE`. (Named
        // files outside the KB's records use none, and what was read is dropped.)
        let reusesFindings = !request.keepsRecords && request.recordSink == nil
        let earlyCache = request.cacheFolder.flatMap { folder in
            reusesFindings ? BackgroundValue { CheckCache(folder: folder, schema: request.schema, settings: request.cacheSettings) } : nil
        }
        let discovery = FileDiscovery(knowledgeBase: request.knowledgeBase)
        let (files, refused) = try discovery.discover(request.paths)
        let context = RuleContext(today: request.today, config: request.config, schema: request.schema)
        let enabled: (any Rule.Type) -> Bool = { rule in
            request.groups.contains(rule.description.group)
                && request.config.severity(for: rule.description.id, default: rule.description.defaultSeverity) != nil
        }
        // Cross-record rules see the whole KB even when only some files are named, and report
        // only on the named ones: a link to a record that was not named is not dangling. The
        // files that are only context come from the check cache where they have not changed.
        let named = Set(files.map(\.file))
        let contextRecordFiles = try contextFiles(for: request, excluding: named, discovery: discovery)
        // Every run that knows the KB's file list keeps what it learned in the cache file of its
        // settings (`validate`, `fmt` and `build` share one: they run the same rules). A run that
        // keeps records reads it only for the files that are context.
        let writesCache = request.cacheFolder != nil && contextRecordFiles != nil
        let loader = SourceLoader(limits: request.limits)
        let pipeline = RecordPipeline(
            loader: loader, rules: AllRules.recordRules.filter(enabled).map { $0.init() },
            context: context, keepsRecords: request.keepsRecords, recordSink: request.recordSink,
            digestsRegexLiterals: AllRules.corpusRules.contains { enabled($0) && $0 is any CrossMatchingRule.Type },
            checksumsContent: writesCache, root: OpenDirectory(path: request.knowledgeBase.root.path))
        let cache = request.cacheFolder.flatMap { folder in
            contextRecordFiles.map { context in
                earlyCache?.wait() ?? CheckCache(folder: folder, schema: request.schema, settings: request.cacheSettings, reading: !context.isEmpty)
            }
        }
        // The named files first, then the others: one pass over both, so that no array of
        // outcomes is copied to join them.
        let everyFile = (contextRecordFiles ?? []).isEmpty ? files : files + (contextRecordFiles ?? [])
        let everyOutcome = Array(everyFile.indices).parallelMap(perWorker: { RecordPipeline.Worker(pipeline) }) { worker, index in
            index < files.count ? worker.check(everyFile[index], cache: reusesFindings ? cache : nil)
                : worker.context(everyFile[index], cache: cache)
        }
        let outcomes = everyOutcome[..<files.count]

        // The cross-record findings depend on nothing but the digests (and the settings): when
        // none changed since a whole-KB run, its findings stand.
        // By index: an outcome handed to the closure is a copy, every field of it retained.
        let checksums = writesCache ? Array(everyOutcome.indices).parallelMap { index in
            everyOutcome[index].cacheEntry?.digestChecksum ?? CheckCache.checksum(of: everyOutcome[index].digest)
        } : []
        let corpusKey = checksums.isEmpty ? 0 : Array(everyFile.indices).parallelMap {
            CheckCache.corpusKeyTerm(file: everyFile[$0].file, checksum: checksums[$0])
        }.reduce(0, &+)
        let isWholeKB = !everyOutcome[files.count...].contains(where: \.hasDigest)
        let corpusFindings: [Diagnostic]
        var digests: [RecordDigest] = []
        if reusesFindings, let known = cache?.corpus, known.key == corpusKey {
            corpusFindings = known.diagnostics
        } else {
            var corpusContext = context
            if !isWholeKB { corpusContext.reportedFiles = named }
            corpusContext.unreadFiles = everyOutcome.indices.filter { !everyOutcome[$0].hasDigest }.map { everyFile[$0].file }
            digests = Self.digests(of: everyOutcome, files: everyFile, pipeline: pipeline)
            corpusFindings = runCorpusRules(AllRules.corpusRules.filter(enabled), on: digests, context: corpusContext)
        }
        if let cache, writesCache {
            let corpus = isWholeKB ? CheckCache.CorpusFindings(key: corpusKey, diagnostics: corpusFindings) : nil
            // The cache's own entries, as it read them, are counted in place, not copied out.
            var (unchanged, others) = (0, [Int]())
            for index in everyOutcome.indices where everyOutcome[index].stamp != nil {
                if cache.holdsAsRead(everyOutcome[index].cacheEntry?.asRead) { unchanged += 1 } else { others.append(index) }
            }
            cache.update(entries(of: everyOutcome, at: everyOutcome.indices, files: everyFile, checksums: checksums), unchangedCount: unchanged,
                         others: entries(of: everyOutcome, at: others, files: everyFile, checksums: checksums),
                         corpus: corpus, runStart: runStart, coversKB: isWholeKB)
        }

        var diagnostics = refused + outcomes.flatMap(\.diagnostics) + corpusFindings.filter { named.contains($0.file) }
        var suppressions: [String: Suppressions] = [:]
        for (file, outcome) in zip(files, outcomes) { suppressions[file.file] = outcome.suppressions }
        let enabledRules = Set(AllRules.all.filter(enabled).map { $0.description.id })
        diagnostics = SuppressionFilter(enabledRules: enabledRules).apply(diagnostics, suppressions: suppressions)
        let policy = DiagnosticPolicy(config: request.config, maxPerFile: request.limits.maxDiagnosticsPerFile)
        let kept = policy.apply(diagnostics)
        if request.leavesMemoryToExit { LeftToExit.keep(everyOutcome, everyFile, contextRecordFiles, named, digests, pipeline, context) }
        return CheckResult(diagnostics: kept, records: outcomes.compactMap(\.record), recordCount: outcomes.count(where: \.hasDigest),
                           sources: sources(of: Set(kept.map(\.file)), files: files, outcomes: outcomes, loader: loader),
                           fileCount: files.count + refused.count)
    }

    /// What the check cache is to keep of the files at `indices`: the entry it gave, or what the run found.
    private static func entries(of outcomes: [RecordPipeline.Outcome], at indices: some Sequence<Int>, files: [DiscoveredFile],
                                checksums: [UInt64]) -> some Sequence<(file: String, entry: CheckCache.Entry)> {
        // Fields read in place: a copy of each outcome retained everything it holds.
        indices.lazy.compactMap { index in
            guard let stamp = outcomes[index].stamp else { return nil }
            if let entry = outcomes[index].cacheEntry { return (files[index].file, entry) }
            return (files[index].file, CheckCache.Entry(stamp: stamp, digest: .init(outcomes[index].digest), digestChecksum: checksums[index],
                                                        findings: outcomes[index].findings, contentChecksum: outcomes[index].contentChecksum))
        }
    }

    /// The digests of every record: read now, or decoded from the cache (and should a stored
    /// one not decode, read again from its file).
    private static func digests(of outcomes: [RecordPipeline.Outcome], files: [DiscoveredFile], pipeline: RecordPipeline) -> [RecordDigest] {
        Array(outcomes.indices).parallelMap { index -> RecordDigest? in
            switch outcomes[index].cacheEntry?.digest {
            case nil: outcomes[index].digest
            case .none?: nil
            case .fresh(let digest)?: digest
            case .stored(let stored, _)?: stored.decoded() ?? pipeline.run(files[index], checking: false).digest
            }
        }.compactMap { $0 }
    }

    /// The cross-record rules on the digests of the KB, side by side.
    private static func runCorpusRules(_ rules: [any CorpusRule.Type], on digests: [RecordDigest], context: RuleContext) -> [Diagnostic] {
        let wholeKB = digests.sorted { $0.file < $1.file }
        // The cross-matching the regex rules share is most of this phase, and parallel inside.
        // Worked out here, its parallel maps get every core: nested in the rules' own parallel
        // map below, libdispatch ran them on one.
        if rules.contains(where: { $0 is any CrossMatchingRule.Type }) {
            _ = context.regexes.corpusMatches(wholeKB, context: context)
        }
        return Array(rules.parallelMap { ruleType in
            var report = RuleReport(rule: ruleType.description)
            ruleType.init().check(wholeKB, context: context, into: &report)
            return report.diagnostics
        }.joined())
    }

    /// The texts of `filesWithFindings`, for carets: kept by the pipeline, or read again for a
    /// file whose only findings came from the cross-record rules or whose findings came from the
    /// check cache.
    private static func sources(of filesWithFindings: Set<String>, files: [DiscoveredFile],
                                outcomes: ArraySlice<RecordPipeline.Outcome>, loader: SourceLoader) -> [String: SourceText] {
        var texts: [String: SourceText] = [:]
        for (file, outcome) in zip(files, outcomes) where filesWithFindings.contains(file.file) {
            texts[file.file] = outcome.text ?? (outcome.digest != nil || outcome.cacheEntry != nil ? loader.text(ofPath: file.path) : nil)
        }
        return texts
    }

    /// The KB's other record files, when the named paths lie inside the KB's records folder; nil
    /// when they do not (then the run knows only the files it was given).
    private static func contextFiles(for request: CheckRequest, excluding named: Set<String>,
                                     discovery: FileDiscovery) throws(RunError) -> [DiscoveredFile]? {
        let records = request.knowledgeBase.root.appendingPathComponent(request.config.recordsPath).standardizedFileURL
        guard FileManager.default.fileExists(atPath: records.path) else { return nil }
        let paths = request.paths.map { $0.standardizedFileURL.path }
        // The whole records folder was named: nothing is left for context.
        if paths == [records.path] { return [] }
        let prefix = records.path.hasSuffix("/") ? records.path : records.path + "/"
        guard paths.allSatisfy({ $0.hasPrefix(prefix) }) else { return nil }
        return try discovery.discover([records]).files.filter { !named.contains($0.file) }
    }
}
