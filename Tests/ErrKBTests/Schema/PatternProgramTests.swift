import Foundation
import Testing
@testable import ErrKB

/// `PatternProgram` answers exactly what ICU's `NSRegularExpression` answers, for the patterns
/// it takes, on texts full of what differs between regex engines: line terminators before the
/// end, CRLF, Unicode spaces, characters outside the BMP.
@Suite struct PatternProgramTests {
    /// The record and config schemas' patterns, then every feature of the subset.
    static let patterns = [
        "^[a-z0-9-]+/[a-z0-9][a-z0-9._-]*$", "^[^\\n\\r]*$", "^[a-z0-9-]+$", "^[a-z][a-z0-9]*(_[a-z0-9]+)*$",
        "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "^https?://[^\\s/?#]+[^\\s]*$", "^[a-z0-9]+(-[a-z0-9]+)*$",
        "a", "ab?c", "^a+$", "a{2,3}", "^(ab){1,}$", "(?:a_)*b$", "[^a ]", "\\s$", "^\\s*$", "[\\s.]x?",
        "[_\\-\\]]", "^$", "a\\.b", "\\n", "^\\r\\n$", "(a*)*$", "^[+*()|]{0,2}$",
    ]

    /// Everything the texts are made of.
    static let alphabet: [Unicode.Scalar] = ["a", "b", "x", "0", "_", "-", ".", "/", " ", "\n", "\r", "\u{0B}", "\u{85}",
                                             "\u{2028}", "\u{A0}", "\u{3000}", "中", "\u{1F600}", "?", "#", "h", ":"]

    static func texts() -> [String] {
        var texts = [""]
        var shorter = [""]
        for _ in 1...3 {
            shorter = shorter.flatMap { prefix in alphabet.map { prefix + String($0) } }
            texts += shorter
        }
        var random = SplitMix64(seed: 0x9A77)
        for _ in 0..<3000 {
            let length = Int(random.next() % 12)
            texts.append(String(String.UnicodeScalarView((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })))
        }
        texts += ["https://example.org/a?b#c", "https://a b", "llm/a.b-c_d", "2024-01-02", "2024-01-02\n", "2024-01-02\r\n",
                  "snake_case_2", "a\r\n", "a\n\r", "a\r\r", "\r\n"]
        return texts
    }

    @Test(arguments: patterns) func agreesWithICU(_ pattern: String) throws {
        let program = try #require(PatternParser.program(for: pattern))
        let regex = try NSRegularExpression(pattern: pattern)
        for text in Self.texts() {
            let icu = regex.firstMatch(in: text, range: NSRange(text.startIndex..<text.endIndex, in: text)) != nil
            #expect(program.matches(text) == icu, "pattern \(pattern) on \(text.unicodeScalars.map { $0.value })")
        }
    }

    /// `SchemaPattern` asks ICU to compile only the patterns the subset does not take, so every
    /// pattern the subset takes must be one ICU compiles: all short patterns over the subset's
    /// syntax and its near misses, and the longer ones above.
    @Test func everyPatternTheSubsetTakesCompilesInICU() {
        let symbols = ["a", "b", "-", "[", "]", "^", "$", "(", ")", "?", ":", "*", "+", "{", "}", "1", "2", ",", "\\", "s", "|"]
        var patterns = Self.patterns + ["[b-a]", "a{2,1}", "a{1001}", "a{1000}", "(?:)", "()", "[\\s-a]", "[a-\\s]", "a{1,1000}"]
        var shorter = [""]
        for _ in 1...4 {
            shorter = shorter.flatMap { prefix in symbols.map { prefix + $0 } }
            patterns += shorter
        }
        var taken = 0
        for pattern in patterns where PatternParser.program(for: pattern) != nil {
            taken += 1
            #expect((try? NSRegularExpression(pattern: pattern)) != nil, "the subset takes \(pattern), which ICU refuses")
        }
        #expect(taken > 1_000, "the subset takes many of the patterns")
    }

    @Test func leavesOtherSyntaxToICU() {
        for pattern in ["a|b", ".", "\\d", "\\w", "a*?", "a++", "[a-z&&[^x]]", "[[:alpha:]]", "[]a]", "[-a]", "a{,2}", "(?i)a",
                        "(?=a)", "a$b", "^*", "[z-a]", "\\p{L}", "\\bx", "(a", "a)", "[a", "{2}"] {
            #expect(PatternParser.program(for: pattern) == nil, "\(pattern)")
        }
    }
}
