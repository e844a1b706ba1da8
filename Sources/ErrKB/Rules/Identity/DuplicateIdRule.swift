/// No two records share an id.
struct DuplicateIdRule: CorpusRule {
    static let description = RuleDescription(
        id: "duplicate-id", defaultSeverity: .error, group: .correctness,
        summary: "Ids are unique in the KB",
        rationale: """
            The id is the record's name in the bundle, in links and in lookups. Two records with \
            one id would overwrite each other in the release. Merge them or rename one.
            """,
        examples: [
            .passes(files: ["llm/a.yaml": "id: llm/a", "llm/b.yaml": "id: llm/b"]),
            .fails(files: ["llm/a.yaml": "id: llm/a", "llm/b.yaml": "id: ↓llm/a"]),
        ])

    func check(_ records: [RecordDigest], context: RuleContext, into report: inout RuleReport) {
        // Indices, not digests: copying a digest into the table costs more than the lookup.
        var first: [String: Int] = [:]
        // A record repeats an id of an earlier one: only its own id tells.
        let needed = context.idsNeeded(by: records) { [$0.id].compactMap(\.self) }
        for (index, record) in records.enumerated() {
            guard let id = record.id, needed?.contains(id) ?? true else { continue }
            guard let originalIndex = first[id] else {
                first[id] = index
                continue
            }
            let original = records[originalIndex]
            let idPath = JSONPointer.root.appending("id")
            report.add(record, at: idPath, "id '\(id)' is already used by \(original.file)",
                       hint: "merge the two records, or give this one another slug",
                       related: [Diagnostic.Related(file: original.file, location: original.span(at: idPath).start,
                                                    message: "first used here")])
        }
    }
}
