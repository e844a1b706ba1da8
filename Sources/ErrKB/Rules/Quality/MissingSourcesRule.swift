/// Dead ends and workarounds say where they were reported.
struct MissingSourcesRule: RecordRule {
    static let description = RuleDescription(
        id: "missing-sources", defaultSeverity: .warning, group: .quality,
        summary: "Dead ends and workarounds list their sources",
        rationale: """
            A dead end or workaround without a source cannot be checked or re-confirmed, and its \
            rate is a guess. Add 'sources' with the URLs of the issues, threads or docs where it \
            was reported.
            """,
        examples: [
            .passes("""
                dead_ends:
                - action: Raise the client timeout
                  why_fails: The server closes the stream
                  fail_rate: 0.4
                  sources:
                  - https://github.com/openai/openai-python/issues/1
                workarounds:
                - action: Retry with backoff
                  success_rate: 0.85
                  sources:
                  - https://github.com/openai/openai-python/issues/2
                """),
            .fails("dead_ends:\n- ↓action: Raise the client timeout\n  why_fails: The server closes the stream\n  fail_rate: 0.4"),
            .fails("workarounds:\n- ↓action: Retry with backoff\n  success_rate: 0.85\n  sources: []"),
        ])

    private static let lists = [("dead_ends", "dead end"), ("workarounds", "workaround")]

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        for (list, noun) in Self.lists {
            for (index, item) in (record.value[list]?.arrayValue ?? []).enumerated() {
                guard item["sources"]?.arrayValue?.isEmpty ?? true else { continue }
                report.add(record, at: JSONPointer.root.appending(list).appending(index),
                           "\(noun) \(index + 1) of '\(list)' has no 'sources'",
                           hint: "add 'sources:' with the URLs where it was reported")
            }
        }
    }
}
