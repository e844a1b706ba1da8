/// One record's regex does not match another record's signature or aliases.
struct RegexAmbiguousRule: CrossMatchingRule {
    static let description = RuleDescription(
        id: "regex-ambiguous", defaultSeverity: .warning, group: .quality,
        summary: "A record's regex does not match other records' signatures or aliases",
        rationale: """
            When record A's regex also matches record B's signature, a lookup of B's error returns A \
            too, and the user cannot tell which applies. Make the regexes specific enough to tell the \
            errors apart, or, when the messages really are alike, list each record in the other's \
            transition_graph.frequently_confused_with with a distinction (either direction silences \
            the pair; unmirrored-edge asks for the other). Both records are reported: A at its regex, \
            B at the text A's regex matches. The check scans every text once for the literals each \
            regex requires, so it does not try every pair of records.
            """,
        examples: [
            .passes(files: ["llm/a.yaml": "id: llm/a\nsignature: 'Error: rate limit exceeded'\nregex: 'rate limit exceeded'",
                            "llm/b.yaml": "id: llm/b\nsignature: 'Error: context length exceeded'\nregex: 'context length exceeded'"]),
            .fails(files: ["llm/a.yaml": "id: llm/a\nsignature: 'Error: rate limit exceeded'\nregex: ↓'limit exceeded'",
                           "llm/b.yaml": "id: llm/b\nsignature: ↓'Error: token limit exceeded'\nregex: 'token limit exceeded'"]),
            .passes(files: ["llm/a.yaml": """
                id: llm/a
                signature: 'Error: rate limit exceeded'
                regex: 'limit exceeded'
                transition_graph:
                  frequently_confused_with:
                  - error_id: llm/b
                    distinction: a token limit is per request, a rate limit per minute
                """,
                            "llm/b.yaml": "id: llm/b\nsignature: 'Error: token limit exceeded'\nregex: 'token limit exceeded'"]),
        ])

    func check(_ records: [RecordDigest], context: RuleContext, into report: inout RuleReport) {
        let corpus = context.regexes.corpusMatches(records, context: context)
        let tooBroad = RegexTooBroadRule.broadRecords(corpus)
        let regexPath = JSONPointer.root.appending("regex")
        for match in corpus.matches where !tooBroad.contains(match.matcher) {
            let a = records[match.matcher], b = records[match.target]
            guard let aID = a.id, let bID = b.id, aID != bID,
                  !Self.confused(a, with: bID), !Self.confused(b, with: aID) else { continue }
            let hint = "make the regexes tell the errors apart, or list them in transition_graph.frequently_confused_with"
            report.add(a, at: regexPath, "regex also matches \(match.text.name) of \(bID) (\(b.file))", hint: hint)
            report.add(b, at: match.text.path, "this \(match.text.isSignature ? "signature" : "alias") is also matched by the regex of \(aID) (\(a.file))",
                       hint: hint)
        }
    }

    private static func confused(_ record: RecordDigest, with id: String) -> Bool {
        record.edges.contains { $0.list == "frequently_confused_with" && $0.target == id }
    }
}
