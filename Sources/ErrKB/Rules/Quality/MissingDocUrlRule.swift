/// A record links the error's official documentation.
struct MissingDocUrlRule: RecordRule {
    static let description = RuleDescription(
        id: "missing-doc-url", defaultSeverity: .warning, group: .quality,
        summary: "The record has an official_doc_url",
        rationale: """
            The official documentation is where a reader checks the record and reads further; \
            without it the record is the only source. Add 'official_doc_url' with the page that \
            documents the error or the feature it concerns.
            """,
        examples: [
            .passes("official_doc_url: https://platform.openai.com/docs/guides/streaming"),
            .fails("↓official_doc_url: null"),
            .fails("↓official_doc_url:"),
        ])

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        let value = record.value["official_doc_url"]
        guard value == nil || value == .null else { return }
        report.add(record, at: JSONPointer.root.appending("official_doc_url"), onKey: value != nil,
                   "no 'official_doc_url'",
                   hint: "add 'official_doc_url' with the page that documents the error")
    }
}
