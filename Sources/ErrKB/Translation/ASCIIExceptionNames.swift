/// The exception names of ASCII text as `IdentifierTokens.exceptionNames`,
/// `\b[A-Z][A-Za-z0-9]*(Error|Exception|Warning)\b`, finds them with `matches(of:)`: leftmost
/// first, the letters and digits greedy and giving back one at a time until a suffix, tried in
/// that order, ends on a word boundary. Swift's `Regex` is slow, and the byte prefilter that
/// spared most texts from it cost more than this matcher does.
enum ASCIIExceptionNames {
    private static let suffixes = ["Error", "Exception", "Warning"].map { Array($0.utf8) }

    static func matches(in text: String) -> [String] { ASCIIText.capitalizedMatches(in: text, match(_:at:)) }

    /// The end of the match starting at `start`, a capital, if one does.
    private static func match(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        guard ASCIIWordBoundary.isBoundary(bytes, at: start) else { return nil }
        var runEnd = start + 1
        while runEnd < bytes.count, ASCIIText.isLetter(bytes[runEnd]) || ASCIIText.isDigit(bytes[runEnd]) { runEnd += 1 }
        // The suffix starts where the repeat gives back to: from the run's end down to right after the capital.
        var suffixStart = runEnd
        while suffixStart > start {
            for suffix in suffixes where suffixStart + suffix.count <= bytes.count {
                let end = suffixStart + suffix.count
                if UnsafeBufferPointer(rebasing: bytes[suffixStart..<end]).elementsEqual(suffix), ASCIIWordBoundary.isBoundary(bytes, at: end) {
                    return end
                }
            }
            suffixStart -= 1
        }
        return nil
    }
}
