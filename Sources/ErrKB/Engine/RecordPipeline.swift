/// The per-file stages, run in parallel: load, type against the schema, validate, record rules.
/// What a file leaves behind is its digest for the cross-record rules, its diagnostics, and only
/// what later stages need of the rest.
struct RecordPipeline: Sendable {
    /// What one file gave.
    struct Outcome: Sendable {
        var diagnostics: [Diagnostic]
        var digest: RecordDigest?
        /// The typed record, when the request keeps records.
        var record: TypedRecord?
        /// The text, when the file has diagnostics or the request keeps records.
        var text: SourceText?
        /// The file's suppression comments, when it has any.
        var suppressions: Suppressions?
        /// The file's stamp, taken before it was read, for the check cache.
        var stamp: FileStamp?
        /// When the file was checked: the days on which its diagnostics hold (`TodayWindow`).
        var checkedDays: ClosedRange<Int>?
        /// The check cache's entry, when the outcome came from there: the file was not checked.
        var cacheEntry: CheckCache.Entry?
        /// The checksum of the file's text, when it was read now (`CheckCache.contentChecksum`).
        var contentChecksum: UInt64 = 0

        /// The file's own findings as the check cache keeps them, when the file was checked now.
        var findings: FileFindings? {
            checkedDays.map { FileFindings(diagnostics: diagnostics, suppressions: suppressions, days: $0) }
        }

        /// Whether the file gave a record, read now or known from the cache.
        var hasDigest: Bool { digest != nil || cacheEntry?.digest.exists == true }
    }

    let loader: SourceLoader
    let rules: [any RecordRule]
    /// The rules' context, whose schema the pipeline types and validates with.
    private(set) var context: RuleContext
    var schema: RecordSchema { context.schema }
    let keepsRecords: Bool
    let recordSink: (@Sendable (TypedRecord) -> Void)?
    /// Whether digests carry their regex's required literals (for the cross-record regex rules).
    let digestsRegexLiterals: Bool
    /// Whether outcomes carry their text's checksum: only a run that writes the check cache keeps it.
    let checksumsContent: Bool
    /// The KB root, which files' relative paths (`DiscoveredFile.file`) start from: their stamps
    /// are taken from it when it could be opened.
    let root: OpenDirectory?
    /// Each rule's empty report, made once.
    private let emptyReports: [RuleReport]

    init(loader: SourceLoader, rules: [any RecordRule], context: RuleContext, keepsRecords: Bool,
         recordSink: (@Sendable (TypedRecord) -> Void)?, digestsRegexLiterals: Bool, checksumsContent: Bool, root: OpenDirectory?) {
        self.loader = loader
        self.rules = rules
        self.context = context
        self.keepsRecords = keepsRecords
        self.recordSink = recordSink
        self.digestsRegexLiterals = digestsRegexLiterals
        self.checksumsContent = checksumsContent
        self.root = root
        emptyReports = rules.map { RuleReport(rule: type(of: $0).description) }
    }

    /// This pipeline with its own compiled copy of the schema, for one worker thread
    /// (`Worker`); itself should the document somehow not compile again.
    func withOwnSchema() -> RecordPipeline {
        guard let copy = try? RecordSchema(document: schema.document) else { return self }
        var own = self
        own.context.schema = copy
        return own
    }

    /// The stamp of `file` now, for the check cache.
    private func stamp(of file: DiscoveredFile) -> FileStamp? {
        guard let root else { return FileStamp(path: file.path) }
        return root.stamp(of: file.file)
    }

    /// What `cache` found in a file to check, when it has not changed and its findings still hold
    /// today; nil when the file must be checked now (`run`).
    func cachedFindings(of file: DiscoveredFile, cache: CheckCache?) -> Outcome? {
        guard let cache else { return nil }
        let stamp = stamp(of: file)
        guard let entry = cached(file, stamp: stamp, in: cache), let findings = entry.findings,
              findings.days.contains(context.today.dayNumber)
        else { return nil }
        return Outcome(diagnostics: findings.diagnostics, suppressions: findings.suppressions, stamp: stamp, cacheEntry: entry)
    }

    /// The cached digest of a file that cross-record rules must see but that nobody asked to
    /// check, when it has not changed; nil when it must be read now (`run(_:checking: false)`).
    func cachedDigest(of file: DiscoveredFile, cache: CheckCache?) -> Outcome? {
        let stamp = stamp(of: file)
        guard let cache, let entry = cached(file, stamp: stamp, in: cache) else { return nil }
        return Outcome(diagnostics: [], stamp: stamp, cacheEntry: entry)
    }

    /// The cache's entry of `file`: by its stamp, or, when only the stamp changed, by its text.
    private func cached(_ file: DiscoveredFile, stamp: FileStamp?, in cache: CheckCache) -> CheckCache.Entry? {
        if let entry = cache.lookup(file.file, stamp: stamp, needsRegexLiterals: digestsRegexLiterals) { return entry }
        guard let stamp else { return nil }
        return cache.lookup(file.file, stamp: stamp, needsRegexLiterals: digestsRegexLiterals) {
            loader.text(ofPath: file.path).map { CheckCache.contentChecksum(of: $0.text) }
        }
    }

    /// Loads, types and checks one file; with `checking` false only reads its digest.
    func run(_ file: DiscoveredFile, checking: Bool = true) -> Outcome {
        let source = loader.load(path: file.path, file: file.file, format: file.format)
        let contentChecksum = checksumsContent ? source.text.map { CheckCache.contentChecksum(of: $0.text) } ?? 0 : 0
        var diagnostics = source.diagnostics
        // Read before anything else: a file that fails to load may still silence its own errors.
        let suppressions = checking ? source.text.flatMap(Self.suppressions(in:)) : nil
        guard let root = source.root else {
            return Outcome(diagnostics: diagnostics, text: checking ? source.text : nil, suppressions: suppressions, stamp: source.stamp,
                           checkedDays: checking ? Int.min...Int.max : nil, contentChecksum: contentChecksum)
        }
        let typer = SchemaTyper(root: schema.shape, dialect: file.format == .json ? .json : .yaml)
        let record = TypedRecord(file: file.file, format: file.format, root: root, value: typer.value(of: root), text: source.text)
        let digest = RecordDigest(record, literalsFrom: digestsRegexLiterals ? context : nil)
        guard checking else { return Outcome(diagnostics: [], digest: digest, stamp: source.stamp, contentChecksum: contentChecksum) }
        diagnostics += schema.diagnostics(for: record)
        var fileContext = context
        let window = TodayWindow()
        fileContext.todayWindow = window
        fileContext.recordMemo = RecordMemo(file: file.file)
        for (rule, emptyReport) in zip(rules, emptyReports) {
            var report = emptyReport
            rule.check(record, context: fileContext, into: &report)
            diagnostics += report.diagnostics
        }
        let days = window.range.first...window.range.last
        recordSink?(record)
        return Outcome(diagnostics: diagnostics, digest: digest, record: keepsRecords ? record : nil,
                       text: keepsRecords || !diagnostics.isEmpty ? source.text : nil, suppressions: suppressions, stamp: source.stamp,
                       checkedDays: days, contentChecksum: contentChecksum)
    }

    /// The suppression comments of a text, when it has any.
    private static func suppressions(in text: SourceText) -> Suppressions? {
        // Anchored on its "k", rare in prose: an "e" would stop the search at every word.
        ASCIIText.contains("errkb-disable", in: text.text, anchor: 3) ? Suppressions(text: text) : nil
    }
}
