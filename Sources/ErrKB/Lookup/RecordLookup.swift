/// Which records a lookup service would return for an error text: every record whose regex
/// finds a match with `re.search` under the KB's regex flags, best first.
public enum RecordLookup {
    /// Hits for `text`, ranked: the longest matched span first (the regex that explains more of
    /// the message), then the more specific regex, then the id.
    public static func find(_ text: String, in entries: [LookupEntry], flags: RegexFlags,
                            cache: RegexCache = RegexCache()) -> [LookupHit] {
        let scalars = Array(text.unicodeScalars)
        let values = scalars.map(\.value)
        let hits: [LookupHit] = entries.parallelMap { entry in
            guard let pattern = entry.regex, let matcher = cache.matcher(for: pattern, flags: flags),
                  case .match(let range) = matcher.search(scalars: values) else { return nil }
            let literalLength = matcher.requiredLiterals?.map(\.count).min() ?? 0
            return LookupHit(id: entry.id, file: entry.file, signature: entry.signature,
                             range: range, matchedText: String(String.UnicodeScalarView(scalars[range])), specificity: literalLength)
        }.compactMap { $0 }
        return hits.sorted {
            ($0.range.count, $0.specificity, $1.id) > ($1.range.count, $1.specificity, $0.id)
        }
    }
}
