/// JSON for scripts, indented like the canonical records; keys always in the order below,
/// documented in the README.
///
/// ```
/// {"today", "files", "records", "errors",
///  "by_domain": {name: count}, "by_category", "by_verification_tier", "by_resolvable",
///  "translation": {field: {"translated", "missing"}},
///  "distributions": {"confidence" | "fix_success_rate" | "workaround_success_rate" | "evidence_count":
///                    {"count", "mean", "min", "q1", "median", "q3", "max"}},
///  "freshness": {"based_on", "ageing_after_days", "stale_after_days", "fresh", "ageing", "stale", "undated"},
///  "without_sources": [id], "without_docs": [id],
///  "most_connected": [{"id", "in", "out", "total"}]}
/// ```
/// Tallies list the most common value first (schema enums in schema order, zeros included).
/// Distribution figures are full-precision numbers, `null` when there are no values.
public struct JSONStatsRenderer: StatsRenderer {
    public static let id = "json"
    public static let summary = "JSON for scripts, keys in a fixed order"

    public init() {}

    public func render(_ s: KBStatistics) -> String {
        let document: JSONValue = .object([
            ("today", .string(s.today.description)),
            ("files", int(s.files)),
            ("records", int(s.records)),
            ("errors", int(s.errors)),
            ("by_domain", tally(s.domains)),
            ("by_category", tally(s.categories)),
            ("by_verification_tier", tally(s.tiers)),
            ("by_resolvable", tally(s.resolvable)),
            ("translation", .object(s.translation.fields.map { field in
                (field.name, .object([("translated", int(field.counts.translated)), ("missing", int(field.counts.missing))]))
            })),
            ("distributions", .object([
                ("confidence", distribution(s.confidence)),
                ("fix_success_rate", distribution(s.fixSuccessRate)),
                ("workaround_success_rate", distribution(s.workaroundSuccessRate)),
                ("evidence_count", distribution(s.evidenceCount)),
            ])),
            ("freshness", .object([
                ("based_on", .string("last_confirmed")),
                ("ageing_after_days", int(Freshness.ageingDays)),
                ("stale_after_days", int(s.freshness.staleDays)),
                ("fresh", int(s.freshness.fresh)),
                ("ageing", int(s.freshness.ageing)),
                ("stale", int(s.freshness.stale)),
                ("undated", int(s.freshness.undated)),
            ])),
            ("without_sources", .array(s.withoutSources.map(JSONValue.string))),
            ("without_docs", .array(s.withoutDocs.map(JSONValue.string))),
            ("most_connected", .array(s.mostConnected.map { record in
                .object([("id", .string(record.id)), ("in", int(record.incoming)),
                         ("out", int(record.outgoing)), ("total", int(record.degree))])
            })),
        ])
        return CanonicalJSON.string(document) + "\n"
    }

    private func int(_ n: Int) -> JSONValue { .integer(Int64(n)) }

    private func tally(_ tally: Tally) -> JSONValue {
        .object(tally.entries.map { ($0.name, int($0.count)) })
    }

    private func distribution(_ distribution: Distribution) -> JSONValue {
        let s = distribution.summary
        let figures: [(String, Double?)] = [("mean", s?.mean), ("min", s?.min), ("q1", s?.q1),
                                            ("median", s?.median), ("q3", s?.q3), ("max", s?.max)]
        return .object([("count", int(distribution.count))] + figures.map { ($0.0, $0.1.map(JSONValue.number) ?? .null) })
    }
}
