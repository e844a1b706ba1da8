/// The file is `records/<domain>/<slug>.yaml` (or `.json` in a bundle) for id `<domain>/<slug>`.
struct IdPathRule: RecordRule {
    static let description = RuleDescription(
        id: "id-path", defaultSeverity: .error, group: .correctness,
        summary: "The file's path is <domain>/<slug> of the record's id",
        rationale: """
            Builds write records/<domain>/<slug>.json from the id, and contributors find a record's \
            source from its id. A file whose name and folder differ from its id breaks both. \
            Rename the file, or fix the id.
            """,
        examples: [
            .passes("id: llm/truncated-response-in-streaming-mode"),
            .fails("id: ↓llm/another-slug"),
        ])

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        guard let id = record.id, RecordID.split(id) != nil else { return }
        let components = ASCIIText.split(record.file, separator: UInt8(ascii: "/")).filter { !$0.isEmpty }
        guard let name = components.last else { return }
        let stem = ASCIIText.split(name, separator: UInt8(ascii: ".")).dropLast().joined(separator: ".")
        let folder = components.count >= 2 ? String(components[components.count - 2]) : ""
        let expected = "\(folder)/\(stem)"
        guard expected != id else { return }
        report.add(record, at: JSONPointer.root.appending("id"),
                   "id '\(id)' does not match the file's path '\(expected)'",
                   hint: "move the file to records/\(id).yaml, or change the id to '\(expected)'")
    }
}
