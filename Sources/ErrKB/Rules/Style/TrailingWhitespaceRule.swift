import Foundation

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
        guard record.format == .yaml, let text = record.text, Self.mayEndALineInWhitespace(text.text) else { return }
        for (index, line) in text.lines.enumerated() {
            // Space and tab are single bytes that end no other scalar: a line ends in one exactly
            // when its last byte is one, and only such lines need their scalars counted.
            guard let last = line.utf8.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") else { continue }
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

    /// Whether a space or tab comes right before a line break or the end: without one no line
    /// ends in whitespace, and the text need not be split into lines at all.
    static func mayEndALineInWhitespace(_ text: String) -> Bool {
        ASCIIText.withBytes(of: text) { bytes in
            guard let base = bytes.baseAddress, let last = bytes.last else { return false }
            if isSpaceOrTab(last) { return true }
            // A file with no CR (nearly all): only the byte before each LF matters, and memchr
            // finds the LFs; the byte loop cost some 5 instructions for every byte of every file.
            guard memchr(base, Int32(UInt8(ascii: "\r")), bytes.count) != nil else {
                var start = 0
                while start < bytes.count, let found = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start) {
                    let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if index > 0, isSpaceOrTab(bytes[index - 1]) { return true }
                    start = index + 1
                }
                return false
            }
            var previousIsBlank = false
            for byte in bytes {
                if previousIsBlank, byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { return true }
                previousIsBlank = isSpaceOrTab(byte)
            }
            return false
        }
    }

    private static func isSpaceOrTab(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
}
