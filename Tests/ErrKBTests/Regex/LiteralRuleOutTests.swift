import Testing
@testable import ErrKB

/// `RequiredLiterals.ruleOut` reads ASCII texts' bytes; it must answer what folding the text's
/// code points and searching them answers, and leave every other text to the matcher.
@Suite struct LiteralRuleOutTests {
    /// Letters of both cases, a few that fold to ASCII from beyond it (KELVIN SIGN, LONG S), and
    /// others beyond ASCII.
    private static let alphabet: [Unicode.Scalar] = ["a", "B", "k", "K", "s", "S", " ", "-", "1", "\u{212A}", "\u{017F}", "é", "中"]

    @Test func answersWhatFoldingTheCodePointsAnswers() {
        var random = SplitMix64(seed: 0x5EED_11)
        func text(_ maximum: Int) -> String {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int(random.next() % UInt64(maximum + 1)) {
                // Mostly ASCII, as error messages are.
                let pool = random.next() % 8 == 0 ? Self.alphabet : Array(Self.alphabet.prefix(9))
                scalars.append(pool[Int(random.next() % UInt64(pool.count))])
            }
            return String(scalars)
        }
        var ruledOut = 0, kept = 0
        for _ in 0..<20_000 {
            let haystack = text(12)
            let literals = (0..<Int(random.next() % 3)).map { _ in RequiredLiterals.fold(text(3).unicodeScalars.map(\.value)) }
            let folded = RequiredLiterals.fold(haystack.unicodeScalars.map(\.value))
            let expected = ASCIIText.isASCII(haystack) && !literals.contains { folded.contains(subsequence: $0) }
            #expect(RequiredLiterals.ruleOut(haystack, lacking: literals) == expected, "\(haystack) \(literals)")
            if expected { ruledOut += 1 } else { kept += 1 }
        }
        #expect(ruledOut > 1000 && kept > 1000, "both answers should be exercised: \(ruledOut) ruled out, \(kept) kept")
    }

    /// A matcher searching a String answers as searching its code points does: matches in ASCII
    /// texts and in others (where the bytes are not read), no match where a literal is missing.
    @Test func aMatcherSearchingAStringAgreesWithSearchingItsCodePoints() throws {
        let matcher = try #require(PythonMatcher(pattern: #"(?i)connection (reset|refused)"#))
        let texts = ["Connection RESET by peer", "connection timed out", "CONNECTION refused", "CONNECTION refused – \u{212A}",
                     "连接 connection reset 被重置", "connection reseT", "no"]
        var matched = 0
        for text in texts {
            let result = matcher.search(text)
            #expect(result == matcher.search(scalars: text.unicodeScalars.map(\.value)), "\(text)")
            if result.isMatch { matched += 1 }
        }
        #expect(matched == 5)
    }
}
