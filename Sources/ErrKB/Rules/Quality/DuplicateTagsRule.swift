/// No tag is listed twice.
struct DuplicateTagsRule: RecordRule {
    static let description = RuleDescription(
        id: "duplicate-tags", defaultSeverity: .warning, group: .quality,
        summary: "No tag is listed twice",
        rationale: """
            A repeated tag adds nothing to search and suggests a copy-paste slip. Remove the \
            second one.
            """,
        examples: [
            .passes("tags:\n- streaming\n- openai"),
            .fails("tags:\n- streaming\n- openai\n- ↓streaming"),
        ])

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        var seen: [String: Int] = [:]
        for (index, tag) in (record.value["tags"]?.arrayValue ?? []).enumerated() {
            guard let text = tag.stringValue else { continue }
            guard let first = seen[text] else {
                seen[text] = index
                continue
            }
            report.add(record, at: JSONPointer.root.appending("tags").appending(index),
                       "tag '\(text)' is already listed as tag \(first + 1)",
                       hint: "remove this one")
        }
    }
}
