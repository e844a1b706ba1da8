/// What `errkb stats` reads of one record, taken while the record is checked. The figures need
/// a few fields of each record, not its text and node tree: kept whole, 50,000 records took
/// about a gigabyte.
public struct RecordFacts: Sendable {
    /// The record's id, or its file when it has no id.
    let name: String
    let id: String?
    let domain: String?
    let category: String?
    let tier: String?
    let resolvable: String?
    let confidence: Double?
    let fixSuccessRate: Double?
    let evidenceCount: Double?
    /// The `success_rate` of each workaround that has one.
    let workaroundSuccessRates: [Double]
    /// The date `Freshness` bands the record by.
    let confirmed: CalendarDate?
    /// Whether a dead end or workaround lists a source URL.
    let hasSources: Bool
    let hasDocs: Bool
    /// The ids its transition graph links to, as written.
    let linkTargets: [String]
    /// Nil for a `locale: zh` record.
    let translation: TranslationCoverage.RecordPairs?

    public init(_ record: TypedRecord) {
        let value = record.value
        id = record.id
        name = id ?? record.file
        domain = value["domain"]?.stringValue
        category = value["category"]?.stringValue
        tier = value["verification_tier"]?.stringValue
        resolvable = value["resolvable"]?.stringValue
        confidence = value["confidence"]?.doubleValue
        fixSuccessRate = value["fix_success_rate"]?.doubleValue
        evidenceCount = value["evidence_count"]?.doubleValue
        workaroundSuccessRates = (value["workarounds"]?.arrayValue ?? []).compactMap { $0["success_rate"]?.doubleValue }
        confirmed = Freshness.date(of: record)
        hasSources = ["dead_ends", "workarounds"].contains { list in
            (value[list]?.arrayValue ?? []).contains { !($0["sources"]?.arrayValue ?? []).isEmpty }
        }
        hasDocs = !(value["official_doc_url"]?.stringValue ?? "").isEmpty
        linkTargets = record.edges.map(\.target)
        translation = TranslationCoverage.RecordPairs(record)
    }
}
