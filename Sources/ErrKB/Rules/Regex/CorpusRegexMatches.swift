/// For every record of the KB, which other records' signatures and aliases its regex matches.
struct CorpusRegexMatches: Sendable {
    /// Record `matcher`'s regex matches `text`, a signature or alias of record `target`.
    struct Match: Sendable {
        let matcher: Int
        let target: Int
        let text: RecordRegex.Target
    }

    /// Matches between different records, sorted by matching record then target.
    let matches: [Match]
    /// Records whose regex matches the empty string.
    let matchesEmpty: Set<Int>
    /// Records that have a signature.
    let signatureCount: Int
    let candidatePairs: Int

    init(_ records: [TypedRecord], flags: RegexFlags, cache: RegexCache) {
        let regexes = records.map(RecordRegex.init)
        let matchers = regexes.parallelMap { $0.flatMap { cache.matcher(for: $0.pattern, flags: flags) } }
        var owners: [(record: Int, target: RecordRegex.Target)] = []
        for (record, regex) in regexes.enumerated() {
            for target in regex?.targets ?? [] { owners.append((record, target)) }
        }
        let texts = owners.map { $0.target.text.unicodeScalars.map(\.value) }
        let outcome = CrossMatcher(matchers, texts: texts).run(texts)
        matches = outcome.hits.compactMap { hit in
            let owner = owners[hit.text]
            guard owner.record != hit.regex else { return nil }
            return Match(matcher: hit.regex, target: owner.record, text: owner.target)
        }.sorted { ($0.matcher, $0.target) < ($1.matcher, $1.target) }
        matchesEmpty = Set(matchers.indices.filter { matchers[$0]?.search(scalars: []).isMatch == true })
        signatureCount = regexes.filter { $0?.targets.first?.isSignature == true }.count
        candidatePairs = outcome.candidatePairs
    }
}
