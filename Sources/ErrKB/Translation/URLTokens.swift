/// The `http://` and `https://` URLs of a text, without trailing sentence punctuation.
enum URLTokens {
    /// Characters that end a URL: spaces, quotes, brackets and full-width punctuation.
    private static let terminators: Set<Character> = [
        " ", "\t", "\n", "'", "\"", "`", "<", ">", ")", "]", "}", "，", "。", "、", "）", "」", "】", "；", "：", "！", "？",
    ]

    static func extract(_ text: String) -> [String] {
        // The Character search below is slow, and nearly every text has no URL: a text without
        // the bytes of "http" cannot hold one (no other text is canonically equivalent to ASCII).
        guard ASCIIText.contains("http", in: text) else { return [] }
        var found: [String] = []
        var rest = text[...]
        while let start = rest.firstRange(of: "http") {
            let candidate = rest[start.lowerBound...]
            guard candidate.hasPrefix("http://") || candidate.hasPrefix("https://") else {
                rest = rest[start.upperBound...]
                continue
            }
            var url = String(candidate.prefix { !terminators.contains($0) })
            while let last = url.last, ".,;:!?".contains(last) { url.removeLast() }
            found.append(url)
            rest = candidate.dropFirst(max(url.count, 1))
        }
        return found
    }
}
