/// The id's domain part equals `domain`.
struct IdDomainRule: RecordRule {
    static let description = RuleDescription(
        id: "id-domain", defaultSeverity: .error, group: .correctness,
        summary: "The id's domain part equals the record's domain",
        rationale: """
            Lookup clients group records by domain and find files by id. A record whose id says \
            'llm/…' but whose domain says 'python' lands in the wrong group. Change whichever is wrong.
            """,
        examples: [
            .passes("id: llm/truncated-response-in-streaming-mode\ndomain: llm"),
            .fails("id: llm/truncated-response-in-streaming-mode\ndomain: ↓python"),
        ])

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        guard let id = record.id, let (domain, _) = RecordID.split(id),
              let declared = record.value["domain"]?.stringValue, declared != domain else { return }
        report.add(record, at: JSONPointer.root.appending("domain"),
                   "domain '\(declared)' differs from the id's domain '\(domain)'",
                   hint: "make 'domain' and the part of 'id' before '/' the same")
    }
}
