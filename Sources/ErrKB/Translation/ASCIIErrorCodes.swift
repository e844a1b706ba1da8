/// The error codes of ASCII text as `IdentifierTokens.errorCodes`,
/// `\b(?:[A-Z]{1,4}\d{3,5}|ERR_[A-Z0-9_]+|E[A-Z]{3,})\b`, finds them with `matches(of:)`:
/// leftmost first, alternatives in order, each repeat greedy and giving back until the closing
/// `\b` holds. Nearly every signature names a code, and Swift's `Regex` spent over 100,000
/// instructions on one line.
enum ASCIIErrorCodes {
    static func matches(in text: String) -> [String] { ASCIIText.capitalizedMatches(in: text, match(_:at:)) }

    /// The end of the match starting at `start`, a capital, if one does.
    private static func match(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        guard ASCIIWordBoundary.isBoundary(bytes, at: start) else { return nil }
        let run = { (from: Int, accepts: (UInt8) -> Bool) -> Int in
            var end = from
            while end < bytes.count, accepts(bytes[end]) { end += 1 }
            return end - from
        }
        // The longest of `lengths` after `from` that ends on a word boundary.
        let closing = { (from: Int, lengths: ClosedRange<Int>) -> Int? in
            guard !lengths.isEmpty else { return nil }
            return lengths.reversed().first { ASCIIWordBoundary.isBoundary(bytes, at: from + $0) }.map { from + $0 }
        }
        // [A-Z]{1,4}\d{3,5}: the capitals can only end where the digits start.
        let capitals = run(start, ASCIIText.isUppercase)
        if capitals <= 4 {
            let digits = run(start + capitals, ASCIIText.isDigit)
            if digits >= 3, let end = closing(start + capitals, 3...min(digits, 5)) { return end }
        }
        // ERR_[A-Z0-9_]+
        if start + 4 <= bytes.count, bytes[start..<start + 4].elementsEqual("ERR_".utf8) {
            let rest = run(start + 4) { ASCIIText.isUppercase($0) || ASCIIText.isDigit($0) || $0 == UInt8(ascii: "_") }
            if rest >= 1, let end = closing(start + 4, 1...rest) { return end }
        }
        // E[A-Z]{3,}
        if bytes[start] == UInt8(ascii: "E") {
            let rest = run(start + 1, ASCIIText.isUppercase)
            if rest >= 3, let end = closing(start + 1, 3...rest) { return end }
        }
        return nil
    }
}
