/// The regex neither matches the empty string nor most signatures of the KB.
struct RegexTooBroadRule: CrossMatchingRule {
    static let description = RuleDescription(
        id: "regex-too-broad", defaultSeverity: .warning, group: .quality,
        summary: "The regex does not match the empty string or most signatures of the KB",
        rationale: """
            A regex that matches the empty string (such as 'timeout|' or '.*') matches every error \
            message, so a lookup returns its record for everything. One that matches more than half \
            of the other records' signatures (at least three of them) is nearly as unhelpful. Anchor \
            the pattern on the words that make this error distinct.
            """,
        examples: [
            .passes("regex: 'Incomplete stream response'"),
            .fails("regex: ↓'Incomplete stream response|'"),
            .fails("regex: ↓'(?:Incomplete)?'"),
        ])

    /// Fewest other signatures a regex must match before "most of the KB" applies.
    static let minimumMatched = 3

    /// Records whose regex matches the empty string or most other signatures.
    static func broadRecords(_ corpus: CorpusRegexMatches) -> Set<Int> {
        corpus.matchesEmpty.union(corpus.signatureMatchCounts.filter { isMost($0.value, of: corpus.signatureCount - 1) }.keys)
    }

    func check(_ records: [RecordDigest], context: RuleContext, into report: inout RuleReport) {
        let corpus = context.regexes.corpusMatches(records, context: context)
        let counts = corpus.signatureMatchCounts
        let path = JSONPointer.root.appending("regex")
        for index in records.indices {
            if corpus.matchesEmpty.contains(index) {
                report.add(records[index], at: path, "regex matches the empty string, so it matches every error message",
                           hint: "remove the empty alternative or the optional-only parts, so some text is required")
            } else if let count = counts[index], Self.isMost(count, of: corpus.signatureCount - 1) {
                report.add(records[index], at: path, "regex matches \(count) of the \(corpus.signatureCount - 1) other signatures in the KB",
                           hint: "require the words that make this error distinct")
            }
        }
    }

    private static func isMost(_ count: Int, of others: Int) -> Bool {
        count >= minimumMatched && count * 2 > others
    }
}
