import Foundation
import Testing
@testable import ErrKB

/// The matcher's guarantees beyond agreeing with Python: bounded time, a clear budget result,
/// consumer flags.
@Suite struct PythonMatcherTests {
    private func search(_ pattern: String, _ text: String, flags: RegexFlags = [], budget: Int = PythonMatcher.defaultBudget) throws -> RegexSearchResult {
        try #require(PythonMatcher(pattern: pattern, flags: flags)).search(text, budget: budget)
    }

    @Test func exponentialPatternsRunInLinearSteps() throws {
        // Python needs about 2^n steps here; the memo bounds errkb by instructions × length.
        let text = String(repeating: "a", count: 5_000) + "!"
        let matcher = try #require(PythonMatcher(pattern: "(a+)+$"))
        #expect(matcher.hasLinearBound)
        #expect(matcher.search(text) == .match(0..<0) || matcher.search(text) == .noMatch)
        #expect(try search("(\\w+\\s?)*$", String(repeating: "word ", count: 2_000) + "!") == .match(10_001..<10_001))
    }

    @Test func loopsThatCanMatchEmptyStayLinear() throws {
        // Python stops a loop after an empty iteration; the memo key carries that state.
        let matcher = try #require(PythonMatcher(pattern: "(a?)*$"))
        #expect(matcher.hasLinearBound)
        #expect(matcher.search(String(repeating: "a", count: 3_000) + "!") == .match(3_001..<3_001))
        #expect(try search("(?:a|b?)*c", String(repeating: "ab", count: 1_000)) == .noMatch)
    }

    @Test func backtrackingOnlyPatternsStopAtTheBudget() throws {
        let matcher = try #require(PythonMatcher(pattern: "^(a|a?)+\\1$"))
        #expect(!matcher.hasLinearBound)
        let result = matcher.search(String(repeating: "a", count: 40) + "b", budget: 10_000)
        #expect(result == .budgetExceeded(steps: 10_001))
    }

    @Test func consumerFlagsApply() throws {
        #expect(try search("connection closed", "Connection Closed") == .noMatch)
        #expect(try search("connection closed", "Connection Closed", flags: .ignoreCase) == .match(0..<17))
        #expect(try search("(?-i:connection) closed", "Connection Closed", flags: .ignoreCase) == .noMatch)
    }

    @Test func offsetsCountCodePoints() throws {
        #expect(try search("错误", "致命错误：") == .match(2..<4))
        #expect(try search("\\w+", "😀naïve") == .match(1..<6))
    }

    @Test func invalidPatternsDoNotCompile() {
        #expect(PythonMatcher(pattern: "(unclosed") == nil)
    }
}
