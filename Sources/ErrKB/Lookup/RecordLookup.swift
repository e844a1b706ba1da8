/// Which records a lookup service would return for an error text: every record whose regex
/// finds a match with `re.search` under the KB's regex flags, best first.
public enum RecordLookup {
    /// Hits for `text`, ranked: the longest matched span first (the regex that explains more of
    /// the message), then the more specific regex, then the id; and how many entries have a
    /// regex that does not compile, which no text can find (a caller says so).
    public static func find(_ text: String, in entries: [LookupEntry], flags: RegexFlags,
                            cache: RegexCache = RegexCache()) -> (hits: [LookupHit], uncompiled: Int) {
        let scalars = Array(text.unicodeScalars)
        let values = scalars.map(\.value)
        let outcomes: [(hit: LookupHit?, compiles: Bool)] = entries.parallelMap { entry in
            guard let pattern = entry.regex else { return (nil, true) }
            guard let matcher = cache.matcher(for: pattern, flags: flags) else { return (nil, false) }
            guard case .match(let range) = matcher.search(scalars: values) else { return (nil, true) }
            let literalLength = matcher.requiredLiterals?.map(\.count).min() ?? 0
            return (LookupHit(id: entry.id, file: entry.file, signature: entry.signature,
                              range: range, matchedText: String(String.UnicodeScalarView(scalars[range])), specificity: literalLength), true)
        }
        let hits = outcomes.compactMap(\.hit).sorted {
            ($0.range.count, $0.specificity, $1.id) > ($1.range.count, $1.specificity, $0.id)
        }
        return (hits, outcomes.count { !$0.compiles })
    }
}
