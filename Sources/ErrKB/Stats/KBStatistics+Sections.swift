import Foundation

extension KBStatistics {
    /// The headline: what was counted, as of when.
    public var headline: String {
        "\(plural(records, "record")) from \(plural(files, "file")), as of \(today)"
    }

    /// A warning under the headline when the run found errors, nil otherwise.
    public var errorNote: String? {
        errors == 0 ? nil : "\(plural(errors, "error")) (on standard error): the figures count the records that loaded"
    }

    /// The report's tables in reading order, figures formatted for people: rates with two
    /// decimals, evidence counts with one, shares as percentages with one.
    public var sections: [StatsSection] {
        [
            tally("records by domain", "domain", domains),
            tally("records by category", "category", categories),
            tally("records by verification tier", "verification_tier", tiers),
            tally("records by resolvability", "resolvable", resolvable),
            StatsSection(title: "translation coverage (pairs)", labelHeader: "field",
                         columns: ["translated", "missing", "coverage"],
                         rows: translation.fields.map { field in
                             let counts = field.counts
                             return StatsSection.Row(label: field.name, cells: [
                                 String(counts.translated), String(counts.missing),
                                 share(counts.translated, of: counts.translated + counts.missing),
                             ])
                         }),
            StatsSection(title: "distributions", labelHeader: "field",
                         columns: ["count", "mean", "min", "q1", "median", "q3", "max"],
                         rows: [
                             distribution("confidence", confidence, decimals: 2),
                             distribution("fix_success_rate", fixSuccessRate, decimals: 2),
                             distribution("workarounds[].success_rate", workaroundSuccessRate, decimals: 2),
                             distribution("evidence_count", evidenceCount, decimals: 1),
                         ]),
            StatsSection(title: "freshness by last_confirmed", labelHeader: "band", columns: ["records", "share"],
                         rows: [
                             count("fresh (up to \(Freshness.ageingDays) days)", freshness.fresh),
                             count("ageing (\(Freshness.ageingDays + 1) to \(freshness.staleDays) days)", freshness.ageing),
                             count("stale (over \(freshness.staleDays) days)", freshness.stale),
                             count("undated", freshness.undated),
                         ], labelsAreNames: false),
            StatsSection(title: "gaps", labelHeader: "gap", columns: ["records", "share"],
                         rows: [
                             count("without sources", withoutSources.count),
                             count("without official_doc_url", withoutDocs.count),
                         ], labelsAreNames: false),
            StatsSection(title: "most connected records (transition graph)", labelHeader: "record",
                         columns: ["in", "out", "total"],
                         rows: mostConnected.map {
                             StatsSection.Row(label: $0.id, cells: [String($0.incoming), String($0.outgoing), String($0.degree)])
                         }),
        ]
    }

    private func tally(_ title: String, _ field: String, _ tally: Tally) -> StatsSection {
        StatsSection(title: title, labelHeader: field, columns: ["records", "share"],
                     rows: tally.entries.map { StatsSection.Row(label: $0.name, cells: [String($0.count), share($0.count, of: tally.total)]) })
    }

    private func count(_ label: String, _ count: Int) -> StatsSection.Row {
        StatsSection.Row(label: label, cells: [String(count), share(count, of: records)])
    }

    private func distribution(_ label: String, _ distribution: Distribution, decimals: Int) -> StatsSection.Row {
        guard let s = distribution.summary else {
            return StatsSection.Row(label: label, cells: ["0"] + Array(repeating: "-", count: 6))
        }
        let figures = [s.mean, s.min, s.q1, s.median, s.q3, s.max].map { String(format: "%.\(decimals)f", $0) }
        return StatsSection.Row(label: label, cells: [String(distribution.count)] + figures)
    }

    private func share(_ part: Int, of whole: Int) -> String {
        whole == 0 ? "-" : String(format: "%.1f%%", Double(part) * 100 / Double(whole))
    }

    private func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
}
