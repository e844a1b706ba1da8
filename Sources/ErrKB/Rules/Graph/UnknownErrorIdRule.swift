/// Every `error_id` in `transition_graph` names a record of the KB.
struct UnknownErrorIdRule: CorpusRule {
    static let description = RuleDescription(
        id: "unknown-error-id", defaultSeverity: .error, group: .correctness,
        summary: "Every error_id in transition_graph names a record of the KB",
        rationale: """
            A link to a record that does not exist sends a reader nowhere and breaks clients that \
            follow the graph. Fix the id, or add the record it should name. A link to a record \
            whose file does not parse is left to that file's own error.
            """,
        examples: [
            .passes(files: ["llm/a.yaml": "id: llm/a\ntransition_graph:\n  leads_to:\n  - error_id: llm/b\n    probability: 0.5",
                            "llm/b.yaml": "id: llm/b"]),
            // llm/b.yaml does not parse: its own yaml-syntax error is the one to fix.
            .passes(files: ["llm/a.yaml": "id: llm/a\ntransition_graph:\n  leads_to:\n  - error_id: llm/b\n    probability: 0.5",
                            "llm/b.yaml": "id: [llm/b"]),
            .fails(files: ["llm/a.yaml": "id: llm/a\ntransition_graph:\n  leads_to:\n  - error_id: ↓llm/missing\n    probability: 0.5"]),
        ])

    func check(_ records: [RecordDigest], context: RuleContext, into report: inout RuleReport) {
        // With files named, only the ids their links name are looked up; suggestions still come
        // from every id.
        let needed = context.idsNeeded(by: records) { $0.edges.map(\.target) }
        let known = Set(records.compactMap(\.id).filter { needed?.contains($0) ?? true })
        // A link to a record whose file does not parse is not a second error (as a compiler
        // does not report uses of a declaration it could not read): that file's error says it.
        let unread = Set(context.unreadFiles.compactMap(IdPathRule.expectedID))
        let dangling = records.filter { context.reports($0.file) }.flatMap { record in
            record.edges.filter { !known.contains($0.target) && !unread.contains($0.target) }.map { (record, $0) }
        }
        guard !dangling.isEmpty else { return }
        // One suggestion per distinct missing id, among ids folded once: a KB with a domain
        // missing can have thousands of dangling links, each to be compared with every id. (Not
        // a parallel map: this runs inside the cross-record rules' own, where it would get one core.)
        let candidates = EditDistance.Candidates((needed == nil ? known : Set(records.compactMap(\.id))).sorted())
        let targets = Array(Set(dangling.map(\.1.target)))
        let suggestions = Dictionary(uniqueKeysWithValues: zip(targets, targets.map { candidates.closest(to: $0) }))
        for (record, edge) in dangling {
            let hint = suggestions[edge.target].flatMap { $0 }.map { "did you mean '\($0)'?" }
            report.add(record, at: edge.path, "error_id '\(edge.target)' names no record of the KB",
                       hint: hint ?? "fix the id, or add the record it names")
        }
    }
}
