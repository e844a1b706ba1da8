/// No line of a YAML source ends in spaces or tabs.
struct TrailingWhitespaceRule: RecordRule {
    static let description = RuleDescription(
        id: "trailing-whitespace", defaultSeverity: .warning, group: .style,
        summary: "No line ends in spaces or tabs",
        rationale: """
            Trailing whitespace is invisible in review, makes noisy diffs when an editor strips \
            it, and inside a literal block it becomes part of the text. Remove it (most editors \
            can do so on save).
            """,
        examples: [
            .passes("root_cause: The connection was interrupted mid-stream"),
            .fails("root_cause: The connection was interrupted mid-stream↓  "),
        ])

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        guard record.format == .yaml, let text = record.text else { return }
        for (index, line) in text.lines.enumerated() {
            let scalars = Array(line.unicodeScalars)
            var end = scalars.count
            while end > 0, scalars[end - 1] == " " || scalars[end - 1] == "\t" { end -= 1 }
            guard end < scalars.count else { continue }
            let start = SourceLocation(line: index + 1, column: end + 1)
            let span = SourceSpan(start: start, end: SourceLocation(line: index + 1, column: scalars.count + 1))
            report.add(record, at: .root, "line \(index + 1) ends in whitespace",
                       hint: "remove the spaces or tabs at the end of the line", span: span)
        }
    }
}
