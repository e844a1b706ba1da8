/// YAML sources indent with spaces, never tabs.
struct TabCharacterRule: RecordRule {
    static let description = RuleDescription(
        id: "tab-character", defaultSeverity: .warning, group: .style,
        summary: "Lines are indented with spaces, not tabs",
        rationale: """
            YAML forbids tabs in indentation, and inside a literal block a tab shows at a width \
            that differs between editors and clients, so code in a workaround looks misaligned. \
            Indent with spaces.
            """,
        examples: [
            .passes("root_cause: |-\n  The connection was interrupted:\n      mid-stream"),
            .fails("root_cause: |-\n  The connection was interrupted:\n  ↓\tmid-stream"),
        ])

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        guard record.format == .yaml, let text = record.text, ASCIIText.contains(UInt8(ascii: "\t"), in: text.text) else { return }
        for (index, line) in text.lines.enumerated() {
            var column = 1
            for scalar in line.unicodeScalars {
                guard scalar == " " || scalar == "\t" else { break }
                if scalar == "\t" {
                    let start = SourceLocation(line: index + 1, column: column)
                    report.add(record, at: .root, "line \(index + 1) is indented with a tab",
                               hint: "indent with spaces",
                               span: SourceSpan(start: start, end: SourceLocation(line: index + 1, column: column + 1)))
                    break
                }
                column += 1
            }
        }
    }
}
