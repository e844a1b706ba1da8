/// `errkb match` output: for people, or as JSON for scripts.
public struct LookupReport: Sendable {
    public let text: String
    public let hits: [LookupHit]
    public let flags: RegexFlags

    public init(text: String, hits: [LookupHit], flags: RegexFlags) {
        self.text = text
        self.hits = hits
        self.flags = flags
    }

    /// One block per hit: id and file, what matched where, the record's signature.
    public var plainText: String {
        guard !hits.isEmpty else { return "no record's regex matches this text\n" }
        var out = hits.count == 1 ? "1 record matches:\n" : "\(hits.count) records match, best first:\n"
        for hit in hits {
            out += "\n\(hit.id)  (\(hit.file))\n"
            out += "  matched:   \"\(Self.shortened(hit.matchedText))\" at \(hit.range.lowerBound)..<\(hit.range.upperBound)\n"
            out += "  signature: \(Self.shortened(hit.signature))\n"
        }
        return out
    }

    /// `{"text", "flags", "matches": [{"id", "file", "signature", "start", "end", "matched"}]}`;
    /// offsets count Unicode code points, as Python's `Match.span()` does.
    public var json: String {
        let matches: [JSONValue] = hits.map { hit in
            .object([("id", .string(hit.id)), ("file", .string(hit.file)), ("signature", .string(hit.signature)),
                     ("start", .integer(Int64(hit.range.lowerBound))), ("end", .integer(Int64(hit.range.upperBound))),
                     ("matched", .string(hit.matchedText))])
        }
        let names = RegexFlags.consumerFlagNames.filter { flags.contains($0.flag) }.map { JSONValue.string($0.name) }
        return CanonicalJSON.string(.object([("text", .string(text)), ("flags", .array(names)), ("matches", .array(matches))])) + "\n"
    }

    private static func shortened(_ text: String) -> String {
        let line = text.replacingOccurrences(of: "\n", with: "⏎")
        return line.count <= 100 ? line : String(line.prefix(97)) + "..."
    }
}
