/// A record whose regex matches a looked-up text.
public struct LookupHit: Hashable, Sendable {
    public let id: String
    public let file: String
    public let signature: String
    /// The match, in Unicode scalar offsets of the text.
    public let range: Range<Int>
    public let matchedText: String
    /// How many characters of literal text every match of the regex contains (the shortest of
    /// its required literals): a tie-breaker that favours specific regexes.
    let specificity: Int
}
