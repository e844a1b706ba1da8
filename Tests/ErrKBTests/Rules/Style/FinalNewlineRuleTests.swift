import Testing
@testable import ErrKB

/// What `final-newline` examples cannot show: the example runner always ends a file with a newline.
@Suite struct FinalNewlineRuleTests {
    @Test func aMissingFinalNewlineIsReportedAtTheEndOfTheLastLine() throws {
        var text = ExampleDocument.baseText
        while text.hasSuffix("\n") { text.removeLast() }
        let kb = try ScratchKB(files: [RuleExample.defaultFile: text])
        defer { kb.remove() }
        let found = try kb.check().diagnostics.filter { $0.rule == "final-newline" }
        let lastLine = text.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(found.count == 1)
        #expect(found.first?.location == SourceLocation(line: lastLine, column: "evidence_count: 1".count + 1))
        #expect(found.first?.message == "the file does not end with a newline")
    }

    @Test func oneFinalNewlineIsClean() throws {
        let kb = try ScratchKB(files: [RuleExample.defaultFile: ExampleDocument.baseText])
        defer { kb.remove() }
        #expect(try kb.check().diagnostics.filter { $0.rule == "final-newline" }.isEmpty)
    }
}
