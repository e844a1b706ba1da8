/// The regex finds its own signature and every alias.
struct RegexSelfMatchRule: RecordRule {
    static let description = RuleDescription(
        id: "regex-self-match", defaultSeverity: .error, group: .quality,
        summary: "The regex finds a match in the signature and in every alias",
        rationale: """
            A lookup finds a record by running its regex over an error message (Python's re.search, \
            with the flags errkb.yml names under regex.flags). A regex that does not match the \
            record's own signature can never find the record for the very message it documents; one \
            that misses an alias misses that spelling. The search runs with Python's semantics; a \
            pattern so backtracking-heavy that the search passes its step budget is reported too, \
            since a Python client would stall on it, and so is a valid pattern whose counted repeats \
            unroll too far for errkb to compile it, rather than being skipped unchecked.
            """,
        examples: [
            .passes("signature: 'Error: Incomplete stream response'\nregex: 'Incomplete stream response'"),
            .passes("signature: 'Error: INCOMPLETE STREAM RESPONSE'\nregex: 'incomplete stream response'",
                    config: "records: records\nregex:\n  flags: [IGNORECASE]\n"),
            .fails("signature: 'Error: Incomplete stream response'\nregex: ↓'incomplete stream response'"),
            .fails("aliases:\n- ↓'stream closed early'\nregex: 'Incomplete stream response'"),
            .fails("regex: ↓'(?:(?:Incomplete stream response){1000}){200}|Incomplete'"),
        ])

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        guard let regex = RecordRegex(record), case .success = context.regexes.parse(regex.pattern) else { return }
        let regexPath = JSONPointer.root.appending("regex")
        guard let matcher = context.regexes.matcher(for: regex.pattern, flags: context.config.regexFlags) else {
            // Valid Python, but its counted repeats unroll past what errkb compiles: say so
            // rather than skip the check silently.
            report.add(record, at: regexPath, "the regex is too large for errkb to check against its signature and aliases",
                       hint: "shorten the counted repeats ({m,n}) so the pattern stays small")
            return
        }
        for target in regex.targets {
            switch matcher.search(target.text) {
            case .match:
                continue
            case .noMatch:
                report.add(record, at: target.isSignature ? regexPath : target.path,
                           "regex finds no match in \(target.name) '\(Self.shortened(target.text))'",
                           hint: "change the regex so re.search finds \(target.name), or correct \(target.name)")
            case .budgetExceeded(let steps):
                report.add(record, at: regexPath,
                           "searching \(target.name) with the regex passed \(steps) steps without an answer",
                           hint: "the pattern backtracks heavily around its backreferences; simplify it")
            }
        }
    }

    private static func shortened(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(57)) + "..."
    }
}
