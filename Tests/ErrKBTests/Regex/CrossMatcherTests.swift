import Testing
@testable import ErrKB

/// The prefiltered cross-matching finds exactly what trying every pair finds.
@Suite struct CrossMatcherTests {
    private static let words = ["error", "Error", "failed", "connection", "refused", "timeout", "denied", "permission",
                                "module", "not", "found", "cannot", "read", "file", "EACCES", "ENOENT", "port", "8080"]

    /// The requirements come in the order the pattern gives them, the same in every run (the
    /// check cache keys cross-record findings by them; a set's order changes between runs).
    @Test func requiredLiteralsComeInThePatternsOrder() throws {
        let ast = try PythonRegex.parse(#"\bE250-10011: .*(token|TOKEN) was (rejected|reset)"#).get()
        let folded = { (text: String) in RequiredLiterals.fold(text.unicodeScalars.map(\.value)) }
        let alternatives = RequiredLiterals.alternatives(of: ast)
        #expect(alternatives.count >= 2)
        #expect(alternatives.first?.contains(folded("E250-10011: ")) == true, "\(alternatives)")
        for _ in 0..<20 { #expect(RequiredLiterals.alternatives(of: ast) == alternatives) }
    }

    /// Literal runs taken whole give what multiplying them out a character at a time gives, on
    /// generated patterns and on long literals (cut at the length limit).
    @Test func literalRunsTakenWholeChangeNothing() throws {
        var generator = RegexPatternGenerator(seed: 0x11_7E2A1)
        let long = ["E250-10011: token was rejected on request #10011", "(?i)connection (reset|closed) by peer after 30 seconds",
                    "[ab]cdefghijklmnopqrstuvwxyz0123456789", "x{3}yz{2}" + String(repeating: "w", count: 30)]
        for pattern in generator.patterns(count: 3000) + long {
            guard case .success(let ast) = PythonRegex.parse(pattern) else { continue }
            #expect(RequiredLiterals.alternatives(of: ast) == RequiredLiterals.alternatives(of: ast, mergingLiteralRuns: false), "\(pattern)")
        }
    }

    @Test func prefilterLosesNoMatch() throws {
        var random = SplitMix64(seed: 42)
        func word() -> String { Self.words[Int(random.next() % UInt64(Self.words.count))] }
        let shapes: [(String, String) -> String] = [
            { a, b in a + " " + b }, { a, b in a + ".*" + b }, { a, b in "(?i)" + a + "\\s+" + b }, { a, b in a + "|" + b },
            { a, _ in "\\d+ " + a }, { a, b in "(" + a + "|" + b + ") [a-z]+" }, { a, _ in "[eE]rror: " + a },
            { a, _ in a + "s?" }, { _, _ in ".*" }, { _, b in "\\w+ " + b + "?" },
        ]
        var patterns: [String] = []
        for index in 0..<300 { patterns.append(shapes[index % shapes.count](word(), word())) }
        let separators = [" ", ": ", " 42 "]
        var texts: [String] = []
        for _ in 0..<300 {
            let separator = separators[Int(random.next() % 3)]
            texts.append((0..<5).map { _ in word() }.joined(separator: separator))
        }
        let matchers = patterns.map { PythonMatcher(pattern: $0) }
        let scalars = texts.map { $0.unicodeScalars.map(\.value) }
        let outcome = CrossMatcher(matchers, texts: scalars).run()

        var expected: Set<CrossMatcher.Hit> = []
        for (r, matcher) in matchers.enumerated() {
            for (t, text) in scalars.enumerated() where try #require(matcher).search(scalars: text).isMatch {
                expected.insert(CrossMatcher.Hit(regex: r, text: t))
            }
        }
        #expect(Set(outcome.hits) == expected)
        #expect(!expected.isEmpty)
        #expect(outcome.candidatePairs < patterns.count * texts.count / 2, "the prefilter should skip most pairs")

        // Given owners, a regex is never tried on its own texts, and no other hit is lost; a
        // regex none of whose other texts pass the prefilter is never compiled.
        // Two texts in three belong to the first regex that matches them.
        let owners = texts.indices.map { text in text % 3 == 0 ? -1 : expected.filter { $0.text == text }.map(\.regex).min() ?? -1 }
        let owned = CrossMatcher(requirements: matchers.map { $0?.requiredLiteralAlternatives }, texts: scalars, textOwners: owners) {
            matchers[$0]
        }.run()
        #expect(Set(owned.hits) == expected.filter { owners[$0.text] != $0.regex })
        #expect(owned.candidatePairs < outcome.candidatePairs)
        let selfOnly = CrossMatcher(requirements: [[["needle".unicodeScalars.map(\.value)]]], texts: [Array("a needle".unicodeScalars.map(\.value)), [0x78]],
                                    textOwners: [0, -1]) { _ in
            Issue.record("a regex whose literals occur only in its own text was compiled")
            return nil
        }.run()
        #expect(selfOnly.hits.isEmpty && selfOnly.candidatePairs == 0)
    }
}

