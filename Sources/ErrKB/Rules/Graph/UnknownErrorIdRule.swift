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

    func check(_ records: [RecordDigest], context: RuleContext, into report: inout RuleReport) {
        let known = Set(records.compactMap(\.id))
        // Sorted only when some link dangles: most runs never need the suggestions.
        var sortedKnown: [String]?
        for record in records {
            for edge in record.edges where !known.contains(edge.target) {
                if sortedKnown == nil { sortedKnown = known.sorted() }
                let hint = EditDistance.closest(to: edge.target, among: sortedKnown ?? []).map { "did you mean '\($0)'?" }
                report.add(record, at: edge.path, "error_id '\(edge.target)' names no record of the KB",
                           hint: hint ?? "fix the id, or add the record it names")
            }
        }
    }
}
