import Foundation

/// Pairs whose English changed since a git revision while their Chinese did not (`i18n-stale`).
struct StaleTranslations: Sendable {
    let git: GitRevision
    let knowledgeBase: KnowledgeBase
    let schema: RecordSchema
    /// The files changed since the revision, as `GitRevision` names them: only these can hold
    /// a stale pair. Asking git once spares a `git show` per unchanged record.
    private let changed: Set<String>

    init(git: GitRevision, knowledgeBase: KnowledgeBase, schema: RecordSchema) {
        self.git = git
        self.knowledgeBase = knowledgeBase
        self.schema = schema
        changed = Set(git.changedFiles(under: knowledgeBase.root.resolvingSymlinksInPath()).map(\.path))
    }

    /// One `i18n-stale` diagnostic per stale pair of `record`; a record new since the revision,
    /// and a `locale: zh` record, give none.
    func diagnostics(for record: TypedRecord) -> [Diagnostic] {
        guard !TranslationPairs.isChineseLocale(record), let old = oldRecord(record) else { return [] }
        let before = Dictionary(TranslationPairs(old).pairs.map { ($0.englishName, $0) }, uniquingKeysWith: { first, _ in first })
        var report = RuleReport(rule: I18nStaleRule.description)
        for pair in TranslationPairs(record).pairs where pair.isTranslated {
            guard let earlier = before[pair.englishName], earlier.english != pair.english,
                  earlier.chinese == pair.chinese else { continue }
            report.add(record, at: pair.chinesePath,
                       "\(pair.englishName) changed since \(git.revision) but \(pair.chineseName) did not",
                       hint: "update \(pair.chineseName) to translate the new \(pair.englishName)")
        }
        return report.diagnostics
    }

    /// The record as it was at the revision, typed as the engine types it.
    private func oldRecord(_ record: TypedRecord) -> TypedRecord? {
        let url = knowledgeBase.root.appendingPathComponent(record.file).resolvingSymlinksInPath()
        guard changed.contains(url.path), let bytes = git.contents(of: url) else { return nil }
        let source = SourceLoader().load(bytes: bytes, file: record.file, format: record.format)
        guard let root = source.root else { return nil }
        let typer = SchemaTyper(root: schema.shape, dialect: record.format == .json ? .json : .yaml)
        return TypedRecord(file: record.file, format: record.format, root: root, value: typer.value(of: root), text: source.text)
    }
}
