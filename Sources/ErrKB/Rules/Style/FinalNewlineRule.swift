/// A YAML source ends with one newline, with at most one blank line before the end.
struct FinalNewlineRule: RecordRule {
    static let description = RuleDescription(
        id: "final-newline", defaultSeverity: .warning, group: .style,
        summary: "The file ends with a newline and at most one blank line",
        rationale: """
            A last line without a newline makes the next append join it and shows as a change in \
            every diff; a run of blank lines at the end is clutter that editors add and remove \
            back and forth. End the file with one newline.
            """,
        examples: [
            .passes("root_cause: The connection was interrupted mid-stream"),
            .fails("""
                id: llm/truncated-response-in-streaming-mode
                signature: 'Error: Incomplete stream response'
                signature_zh: null
                regex: Incomplete stream response
                domain: llm
                category: network_error
                root_cause: The connection was interrupted mid-stream
                root_cause_type: generic
                root_cause_zh: null
                versions: []
                dead_ends: []
                workarounds: []
                workarounds_zh: []
                official_doc_url: https://platform.openai.com/docs/guides/streaming
                verification_tier: ai_generated
                confidence: 0.85
                fix_success_rate: 0.8
                resolvable: partial
                first_seen: '2023-04-10'
                last_confirmed: '2024-06-01'
                last_updated: '2024-06-01'
                evidence_count: 1
                ↓

                """),
        ])

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        guard record.format == .yaml, let text = record.text, !text.text.isEmpty,
              !Self.endsWithOneNewline(text.text) else { return }
        let lines = text.lines
        // `lines` ends with an empty element after a final newline; blank lines come before it.
        guard let last = lines.last, last.isEmpty, lines.count >= 2 else {
            let line = lines.count
            let column = (lines.last?.unicodeScalars.count ?? 0) + 1
            let point = SourceLocation(line: line, column: column)
            report.add(record, at: .root, "the file does not end with a newline",
                       hint: "add a newline after the last line", span: SourceSpan(start: point, end: point))
            return
        }
        var firstBlank = lines.count - 1
        while firstBlank > 0, lines[firstBlank - 1].allSatisfy({ $0 == " " || $0 == "\t" }) { firstBlank -= 1 }
        let blanks = lines.count - 1 - firstBlank
        guard blanks > 1, firstBlank > 0 else { return }
        let point = SourceLocation(line: firstBlank + 1, column: 1)
        report.add(record, at: .root, "the file ends with \(blanks) blank lines",
                   hint: "remove the blank lines at the end, keeping one newline",
                   span: SourceSpan(start: point, end: SourceLocation(line: lines.count, column: 1)))
    }

    /// The common case, read from the last line's bytes without splitting the file: it ends
    /// with a newline after a line that is not blank (some byte is neither space nor tab).
    private static func endsWithOneNewline(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.last == UInt8(ascii: "\n") else { return false }
        let body = bytes.dropLast()
        var line = body[(body.lastIndex(of: UInt8(ascii: "\n")).map(body.index(after:)) ?? body.startIndex)...]
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        return line.contains { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }
    }
}
