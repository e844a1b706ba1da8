import Foundation
import Testing
@testable import ErrKB

@Suite struct RegexParserTests {
    private func error(_ pattern: String) -> RegexSyntaxError? {
        if case .failure(let error) = PythonRegex.parse(pattern) { return error }
        return nil
    }

    private func ast(_ pattern: String) throws -> RegexAST {
        try PythonRegex.parse(pattern).get()
    }

    @Test func unbalancedParenthesisPointsAtTheParenthesis() {
        #expect(error("a)") == .syntax("unbalanced parenthesis", at: 1))
    }

    @Test func globalFlagsMidPatternAreRefusedAtTheirGroup() {
        #expect(error("ab(?i)c") == .syntax("global flags not at the start of the expression", at: 2))
        #expect(error("(?i)|(?s)") == .syntax("global flags not at the start of the expression", at: 5))
        #expect(error("(?#note)(?i)a") == nil)
    }

    @Test func offsetsCountUnicodeScalarsNotBytesOrGraphemes() {
        #expect(error("é中😀(") == .syntax("missing ), unterminated subpattern", at: 3))
        #expect(error("e\u{301}[") == .syntax("unterminated character set", at: 2))
    }

    @Test func messagesQuoteNamesAsPythonRepr() {
        #expect(error("(?P<a-b>x)")?.message == "bad character in group name 'a-b'")
        #expect(error("(?P=it's)")?.message == "bad character in group name \"it's\"")
        #expect(error("(?P<a>x)(?P<a>y)") == .syntax("redefinition of group name 'a' as group 2; was group 1", at: 12))
    }

    @Test func compileStageErrorsHaveNoPythonPositionButPointAtTheLookbehind() {
        let failure = error("ab(?<=a|bc)")
        #expect(failure?.message == "look-behind requires fixed-width pattern")
        #expect(failure?.pythonPosition == nil)
        #expect(failure?.offset == 2)
    }

    @Test func repeatOverflowIsAnOverflowError() {
        #expect(error("a{4294967295}")?.kind == .overflow)
        #expect(error("a{4294967294}") == nil)
    }

    @Test func escapesDependOnContext() throws {
        #expect(try ast("\\b").root.kind == .anchor(.wordBoundary))
        #expect(try ast("[\\b]").root.kind == .characterClass(RegexCharacterClass(isNegated: false, items: [.literal(8)])))
        #expect(try ast("\\012").root.kind == .literal(0o12))
        #expect(try ast("()\\1").root.kind == .concatenation([
            RegexNode(kind: .group(.capturing(index: 1, name: nil), RegexNode(kind: .empty, offset: 1, end: 1, width: .zero)),
                      offset: 0, end: 2, width: .zero),
            RegexNode(kind: .backreference(index: 1, name: nil), offset: 2, end: 4, width: .zero),
        ]))
        #expect(error("\\1") == .syntax("invalid group reference 1", at: 1))
        #expect(try ast("\\N{EM DASH}").root.kind == .literal(0x2014))
    }

    @Test func treeRecordsGroupsNamesAndQuantifiers() throws {
        let tree = try ast("(?P<word>\\w+)-(\\d){2,}?")
        #expect(tree.groupCount == 2)
        #expect(tree.groupNames == ["word": 1])
        guard case .concatenation(let parts) = tree.root.kind, parts.count == 3 else {
            Issue.record("expected three parts, got \(tree.root.kind)")
            return
        }
        #expect(parts[0].offset == 0 && parts[0].end == 13)
        #expect(parts[1].kind == .literal(45) && parts[1].offset == 13)
        guard case .quantified(let quantifier, let body) = parts[2].kind else {
            Issue.record("expected a quantifier, got \(parts[2].kind)")
            return
        }
        #expect(quantifier == RegexQuantifier(min: 2, max: nil, mode: .lazy))
        #expect(body.kind == .group(.capturing(index: 2, name: nil), RegexNode(kind: .classEscape(.digit), offset: 15, end: 17, width: .one)))
        #expect(parts[2].offset == 14 && parts[2].end == 23)
        #expect(tree.root.width == RegexWidth(min: 4, max: .max))
    }

    @Test func verboseModeDropsWhitespaceAndComments() throws {
        let tree = try ast("(?x) a  b # comment\n [ ]")
        guard case .concatenation(let parts) = tree.root.kind else {
            Issue.record("expected a concatenation, got \(tree.root.kind)")
            return
        }
        #expect(parts.map(\.kind) == [
            .literal(97), .literal(98), .characterClass(RegexCharacterClass(isNegated: false, items: [.literal(32)])),
        ])
        #expect(tree.flags == .verbose)
    }

    @Test func deepNestingIsRefusedWithoutCrashing() {
        let deep = String(repeating: "(", count: 1_000) + String(repeating: ")", count: 1_000)
        #expect(error(deep)?.kind == .nestingLimit)
        let unclosed = String(repeating: "(?:", count: 100_000)
        #expect(error(unclosed)?.kind == .nestingLimit)
    }

    @Test func nestingUpToTheLimitBuildsAComparableTree() throws {
        let depth = PythonRegex.maximumNestingDepth
        // Each level opens a lookahead holding a group, so the innermost group sits at the limit.
        let pattern = String(repeating: "(?=(a)", count: depth - 1) + String(repeating: ")", count: depth - 1)
        let first = try ast(pattern)
        let second = try ast(pattern)
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        #expect(first.groupCount == depth - 1)
        #expect(error("(?=" + pattern + ")")?.kind == .nestingLimit)
    }

    @Test func parsingATypicalPatternTakesMicroseconds() throws {
        let pattern = "^(?P<file>[^:\\s]+):(?P<line>\\d+):(?:\\d+:)? (?:error|warning): (?P<message>.+?)(?: \\[-W[\\w-]+\\])?$"
        let clock = ContinuousClock()
        let rounds = 2_000
        let elapsed = try clock.measure {
            for _ in 0..<rounds { _ = try PythonRegex.parse(pattern).get() }
        }
        let perPattern = elapsed / rounds
        print("regex parse: \(perPattern) per \(pattern.unicodeScalars.count)-scalar pattern")
        #expect(perPattern < .milliseconds(1))
    }
}
