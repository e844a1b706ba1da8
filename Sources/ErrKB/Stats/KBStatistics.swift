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

    public init(_ result: CheckResult, schema: RecordSchema, today: CalendarDate, staleDays: Int) {
        let records = result.records
        self.today = today
        files = result.fileCount
        self.records = records.count
        errors = result.summary.errors
        func strings(_ field: String) -> [String?] { records.map { $0.value[field]?.stringValue } }
        func allowed(_ field: String) -> [String] {
            schema.document["properties"]?[field]?["enum"]?.arrayValue?.compactMap(\.stringValue) ?? []
        }
        func numbers(_ field: String) -> [Double] { records.compactMap { $0.value[field]?.doubleValue } }
        domains = Tally(strings("domain"))
        categories = Tally(strings("category"))
        tiers = Tally(strings("verification_tier"), fixedOrder: allowed("verification_tier"))
        resolvable = Tally(strings("resolvable"), fixedOrder: allowed("resolvable"))
        translation = TranslationCoverage(result)
        confidence = Distribution(numbers("confidence"))
        fixSuccessRate = Distribution(numbers("fix_success_rate"))
        workaroundSuccessRate = Distribution(records.flatMap { record in
            (record.value["workarounds"]?.arrayValue ?? []).compactMap { $0["success_rate"]?.doubleValue }
        })
        evidenceCount = Distribution(numbers("evidence_count"))
        freshness = Freshness(records, today: today, staleDays: staleDays)
        withoutSources = records.filter { !Self.hasSources($0) }.map(Self.name).sorted()
        withoutDocs = records.filter { ($0.value["official_doc_url"]?.stringValue ?? "").isEmpty }.map(Self.name).sorted()
        mostConnected = ConnectedRecord.ranking(records)
    }

    private static func hasSources(_ record: TypedRecord) -> Bool {
        ["dead_ends", "workarounds"].contains { list in
            (record.value[list]?.arrayValue ?? []).contains { !($0["sources"]?.arrayValue ?? []).isEmpty }
        }
    }

    /// The record's id, or its file when it has no id.
    private static func name(_ record: TypedRecord) -> String { record.id ?? record.file }
}
