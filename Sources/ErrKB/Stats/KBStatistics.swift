/// Everything `errkb stats` reports about the records that loaded: counts by field, translation
/// coverage, distributions of the rates and evidence, freshness, gaps and the graph's hubs.
/// Renderers only format it; every figure is decided here.
public struct KBStatistics: Sendable {
    /// The date freshness is measured against.
    public let today: CalendarDate
    public let files: Int
    /// Records that loaded (those with errors included): what every figure counts.
    public let records: Int
    /// Error diagnostics of the run (printed on standard error by the command).
    public let errors: Int

    public let domains: Tally
    public let categories: Tally
    /// In the schema's order, from `ai_generated` to `expert_verified`.
    public let tiers: Tally
    /// In the schema's order: `"true"`, `"false"`, `"partial"`.
    public let resolvable: Tally
    /// Pairs translated and missing per field. `suspect` stays 0: stats runs no translation rules.
    public let translation: TranslationCoverage

    public let confidence: Distribution
    public let fixSuccessRate: Distribution
    /// Over every workaround of every record.
    public let workaroundSuccessRate: Distribution
    public let evidenceCount: Distribution

    public let freshness: Freshness
    /// Ids of records none of whose dead ends and workarounds lists a source URL.
    public let withoutSources: [String]
    /// Ids of records without an `official_doc_url`.
    public let withoutDocs: [String]
    /// The ten records with the most links in the transition graph.
    public let mostConnected: [ConnectedRecord]

    /// The figures of `records` (what a check kept of each, in any order); `result` is the check
    /// that read them, for the counts of files and errors and the translation findings.
    public init(_ records: [RecordFacts], result: CheckResult, schema: RecordSchema, today: CalendarDate, staleDays: Int) {
        self.today = today
        files = result.fileCount
        self.records = records.count
        errors = result.summary.errors
        func allowed(_ field: String) -> [String] {
            schema.document["properties"]?[field]?["enum"]?.arrayValue?.compactMap(\.stringValue) ?? []
        }
        domains = Tally(records.map(\.domain))
        categories = Tally(records.map(\.category))
        tiers = Tally(records.map(\.tier), fixedOrder: allowed("verification_tier"))
        resolvable = Tally(records.map(\.resolvable), fixedOrder: allowed("resolvable"))
        translation = TranslationCoverage(records.compactMap(\.translation), diagnostics: result.diagnostics)
        confidence = Distribution(records.compactMap(\.confidence))
        fixSuccessRate = Distribution(records.compactMap(\.fixSuccessRate))
        workaroundSuccessRate = Distribution(records.flatMap(\.workaroundSuccessRates))
        evidenceCount = Distribution(records.compactMap(\.evidenceCount))
        freshness = Freshness(records.map(\.confirmed), today: today, staleDays: staleDays)
        withoutSources = records.filter { !$0.hasSources }.map(\.name).sorted()
        withoutDocs = records.filter { !$0.hasDocs }.map(\.name).sorted()
        mostConnected = ConnectedRecord.ranking(records.compactMap { record in record.id.map { ($0, record.linkTargets) } })
    }
}
