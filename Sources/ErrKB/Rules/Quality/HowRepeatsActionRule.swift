/// A workaround's `how` is left out when it would only repeat `action`.
struct HowRepeatsActionRule: RecordRule {
    static let description = RuleDescription(
        id: "how-repeats-action", defaultSeverity: .warning, group: .quality,
        summary: "A workaround's how is not a copy of its action",
        rationale: """
            'how' defaults to 'action': the build fills it in. Writing the same text twice in a \
            source doubles what reviewers read and lets the copies drift apart. Leave 'how' out, \
            or write in it the steps that 'action' only names.
            """,
        examples: [
            .passes("workarounds:\n- action: Retry with backoff\n  success_rate: 0.85\n  how: Wrap the call in a loop that waits 2^n seconds"),
            .fails("workarounds:\n- action: Retry with backoff\n  success_rate: 0.85\n  ↓how: Retry with backoff"),
        ])

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        guard record.format == .yaml else { return }  // canonical JSON always has `how`
        let list = JSONPointer.root.appending("workarounds")
        for (index, item) in (record.value["workarounds"]?.arrayValue ?? []).enumerated() {
            guard let how = item["how"]?.stringValue, how == item["action"]?.stringValue else { continue }
            report.add(record, at: list.appending(index).appending("how"), onKey: true,
                       "'how' repeats 'action'",
                       hint: "leave 'how' out: the build fills it from 'action'")
        }
    }
}
