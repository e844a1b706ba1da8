/// The regex cannot make Python's backtracking matcher take exponential or polynomial time.
struct RegexCatastrophicRule: RecordRule {
    static let description = RuleDescription(
        id: "regex-catastrophic", defaultSeverity: .error, group: .correctness,
        summary: "The regex cannot backtrack catastrophically in Python",
        rationale: """
            Python's re backtracks: when a repeat's body can match the same text in several ways, \
            as in (a+)+$, (a|a)*b or (\\w+\\s?)*$, a text that almost matches is tried in every \
            combination, and each extra character doubles the time. Two repeats in a row that take \
            the same characters (\\s*.*$) cost a power of the length instead. A client that runs \
            such a regex over a long log line hangs, so the bundle must not ship one. errkb finds \
            these shapes in the pattern itself and points at the repeat to blame. Rewrite it so each \
            character can be taken only one way ((\\w+\\s)*, [^,]*,), or, for Python 3.11 and later \
            clients only, make the repeat possessive (a++) or atomic ((?>...)).
            """,
        examples: [
            .passes("regex: 'Incomplete stream response|connection closed unexpectedly|stream.*truncated'"),
            .passes("regex: '(\\w+\\s)+failed$'"),
            .passes("regex: '(a+)+'"),
            .fails("regex: 'Error: ↓(a+)+$'"),
            .fails("regex: '↓(\\w+\\s?)*$'"),
            .fails("regex: 'x↓(?:a|a)*b'"),
            .fails("regex: 'Error:↓\\s*.*$'"),
        ])

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        guard let pattern = record.value["regex"]?.stringValue,
              case .success(let ast) = context.regexes.parse(pattern) else { return }
        let path = JSONPointer.root.appending("regex")
        for risk in BacktrackingAnalysis.risks(in: ast, pattern: pattern, flags: context.config.regexFlags) {
            let message = switch risk.kind {
            case .exponential: "'\(risk.fragment)' can match the same text in many ways: Python's re takes exponential time when the rest fails"
            case .polynomial: "'\(risk.fragment)': two repeats in a row take the same characters, so Python's re takes polynomial time when the rest fails"
            }
            report.add(record, at: path, message,
                       hint: "let each character be taken one way only (e.g. (a+)+ → a+, (\\w+\\s?)* → (\\w+\\s)*), or make the repeat possessive (Python 3.11+)",
                       span: record.span(at: path, scalarOffset: risk.range.lowerBound))
        }
    }
}
