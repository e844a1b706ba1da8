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
        let sortedKnown = known.sorted()
        for record in records {
            for list in Self.edgeLists {
                let listPath = JSONPointer.root.appending("transition_graph").appending(list)
                for (index, edge) in (record.value(at: listPath)?.arrayValue ?? []).enumerated() {
                    guard let target = edge["error_id"]?.stringValue, !known.contains(target) else { continue }
                    let hint = EditDistance.closest(to: target, among: sortedKnown).map { "did you mean '\($0)'?" }
                    report.add(record, at: listPath.appending(index).appending("error_id"),
                               "error_id '\(target)' names no record of the KB",
                               hint: hint ?? "fix the id, or add the record it names")
                }
            }
        }
    }
}
