/// The YAML source is laid out as `errkb fmt` writes it.
struct FmtDriftRule: RecordRule {
    static let description = RuleDescription(
        id: "fmt-drift", defaultSeverity: .warning, group: .style,
        summary: "The source is laid out as errkb fmt writes it",
        rationale: """
            One layout for every record keeps diffs small and reviews about content: keys in the \
            schema's order, two-space indentation, lists at their key's indentation, multi-line \
            text as literal blocks, quotes only where needed. Run errkb fmt on the file.
            """,
        examples: [
            .passes("id: llm/truncated-response-in-streaming-mode"),
            .fails("id: ↓\"llm/truncated-response-in-streaming-mode\""),
        ])

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        guard record.format == .yaml, let text = record.text,
              case .success(let formatted?) = SourceFormatter.reformatted(record, schema: context.schema)
        else { return }
        let old = text.text.split(separator: "\n", omittingEmptySubsequences: false)
        let new = formatted.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(old.count, new.count)
        let column = line < old.count && line < new.count
            ? zip(old[line].unicodeScalars, new[line].unicodeScalars).prefix { $0 == $1 }.count + 1 : 1
        let point = SourceLocation(line: line + 1, column: column)
        report.add(record, at: .root, "the file differs from what errkb fmt writes, from here on",
                   hint: "run 'errkb fmt \(record.file)'", span: SourceSpan(at: point))
    }
}
