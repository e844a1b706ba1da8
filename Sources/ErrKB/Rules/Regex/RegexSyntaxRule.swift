/// The regex compiles under Python 3.11's `re`.
struct RegexSyntaxRule: RecordRule {
    static let description = RuleDescription(
        id: "regex-syntax", defaultSeverity: .error, group: .correctness,
        summary: "The regex compiles under Python 3.11's re",
        rationale: """
            Lookup clients compile every record's regex with Python's re module; one that does not \
            compile breaks the whole lookup service at load time. errkb parses the pattern as \
            Python 3.11 does and reports Python's own message at the offending character. Note that \
            Python is not ECMA-262: (?i) and '\\ ' are fine, but an unknown escape of a letter (\\i) \
            or a quantifier after nothing is an error.
            """,
        examples: [
            .passes("regex: '(?i)incomplete stream response|connection closed'"),
            .fails("regex: 'Incomplete ↓(stream response'"),
            .fails("regex: '↓*Connection closed'"),
        ])

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        guard let pattern = record.value["regex"]?.stringValue, !pattern.isEmpty,
              case .failure(let error) = context.regexes.parse(pattern) else { return }
        let path = JSONPointer.root.appending("regex")
        report.add(record, at: path, error.message, hint: Self.hint(for: error),
                   span: record.span(at: path, scalarOffset: error.offset))
    }

    private static func hint(for error: RegexSyntaxError) -> String {
        if error.message.hasPrefix("bad escape") { return "escape a literal backslash as \\\\, or remove the backslash" }
        if error.message.hasPrefix("nothing to repeat") || error.message.hasPrefix("multiple repeat") {
            return "escape the quantifier (\\*, \\+, \\?) to match it literally"
        }
        if error.message.contains("unterminated") || error.message.contains("parenthesis") {
            return "balance the brackets, or escape a literal one with a backslash"
        }
        return "fix the pattern so that Python's re.compile accepts it"
    }
}
