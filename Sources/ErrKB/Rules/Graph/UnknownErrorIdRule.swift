/// Every `error_id` in `transition_graph` names a record of the KB.
struct UnknownErrorIdRule: CorpusRule {
    static let description = RuleDescription(
        id: "unknown-error-id", defaultSeverity: .error, group: .correctness,
        summary: "Every error_id in transition_graph names a record of the KB",
        rationale: """
            A link to a record that does not exist sends a reader nowhere and breaks clients that \
            follow the graph. Fix the id, or add the record it should name.
            """,
        examples: [
            .passes(files: ["llm/a.yaml": "id: llm/a\ntransition_graph:\n  leads_to:\n  - error_id: llm/b\n    probability: 0.5",
                            "llm/b.yaml": "id: llm/b"]),
            .fails(files: ["llm/a.yaml": "id: llm/a\ntransition_graph:\n  leads_to:\n  - error_id: ↓llm/missing\n    probability: 0.5"]),
        ])

    private static let edgeLists = ["leads_to", "preceded_by", "frequently_confused_with"]

    func check(_ records: [TypedRecord], context: RuleContext, into report: inout RuleReport) {
        let known = Set(records.compactMap(\.id))
        for record in records {
            for list in Self.edgeLists {
                let listPath = JSONPointer.root.appending("transition_graph").appending(list)
                for (index, edge) in (record.value(at: listPath)?.arrayValue ?? []).enumerated() {
                    guard let target = edge["error_id"]?.stringValue, !known.contains(target) else { continue }
                    let closest = known.min { Self.distance($0, target) < Self.distance($1, target) }
                    let hint = closest.flatMap { Self.distance($0, target) <= 3 ? "did you mean '\($0)'?" : nil }
                    report.add(record, at: listPath.appending(index).appending("error_id"),
                               "error_id '\(target)' names no record of the KB",
                               hint: hint ?? "fix the id, or add the record it names")
                }
            }
        }
    }

    private static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.utf8), b = Array(b.utf8)
        var row = Array(0...b.count)
        for i in a.indices {
            var previous = row[0]
            row[0] = i + 1
            for j in b.indices {
                let current = row[j + 1]
                row[j + 1] = Swift.min(row[j + 1] + 1, row[j] + 1, previous + (a[i] == b[j] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}
