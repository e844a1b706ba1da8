/// `leads_to` and `preceded_by` mirror each other across records.
struct UnmirroredEdgeRule: CorpusRule {
    static let description = RuleDescription(
        id: "unmirrored-edge", defaultSeverity: .warning, group: .quality,
        summary: "Each leads_to edge has its preceded_by mirror, and each preceded_by its leads_to",
        rationale: """
            If A leads to B, then B is preceded by A. A link written on one side only shows the \
            path to readers of one record and not the other. Add the mirror edge to the other \
            record, or remove this one if it is wrong.
            """,
        examples: [
            .passes(files: [
                "llm/a.yaml": "id: llm/a\ntransition_graph:\n  leads_to:\n  - error_id: llm/b\n    probability: 0.5",
                "llm/b.yaml": "id: llm/b\ntransition_graph:\n  preceded_by:\n  - error_id: llm/a\n    probability: 0.5",
            ]),
            .fails(files: [
                "llm/a.yaml": "id: llm/a\ntransition_graph:\n  leads_to:\n  - error_id: ↓llm/b\n    probability: 0.5",
                "llm/b.yaml": "id: llm/b",
            ]),
            .fails(files: [
                "llm/a.yaml": "id: llm/a",
                "llm/b.yaml": "id: llm/b\ntransition_graph:\n  preceded_by:\n  - error_id: ↓llm/a\n    probability: 0.5",
            ]),
        ])

    /// Each edge list and the list of the target that mirrors it.
    private static let mirrors = [("leads_to", "preceded_by"), ("preceded_by", "leads_to")]

    func check(_ records: [RecordDigest], context: RuleContext, into report: inout RuleReport) {
        // Indices, not digests: copying a digest into the table costs more than the lookup.
        var byID: [String: Int] = [:]
        let needed = context.idsNeeded(by: records) { $0.edges.map(\.target) }
        for (index, record) in records.enumerated() {
            if let id = record.id, byID[id] == nil, needed?.contains(id) ?? true { byID[id] = index }
        }
        for record in records where context.reports(record.file) {
            guard let id = record.id else { continue }
            for (list, mirror) in Self.mirrors {
                // A target that is not a record is unknown-error-id's to report.
                for edge in record.edges where edge.list == list {
                    guard let other = byID[edge.target],
                          !records[other].edges.contains(where: { $0.list == mirror && $0.target == id }) else { continue }
                    report.add(record, at: edge.path, "'\(list)' names '\(edge.target)', whose '\(mirror)' does not name '\(id)'",
                               hint: "add '- error_id: \(id)' to 'transition_graph.\(mirror)' in \(records[other].file)")
                }
            }
        }
    }
}
