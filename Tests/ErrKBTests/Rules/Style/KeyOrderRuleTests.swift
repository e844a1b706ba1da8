import Testing
@testable import ErrKB

/// `key-order` hints, which examples do not check: a key moved far down is the one reported.
@Suite struct KeyOrderRuleTests {
    private func keyOrder(_ fragment: String) throws -> [Diagnostic] {
        let kb = try ScratchKB(files: [RuleExample.defaultFile: ExampleDocument(fragment: fragment).text])
        defer { kb.remove() }
        return try kb.check().diagnostics.filter { $0.rule == "key-order" }
    }

    @Test func swappedNeighboursReportTheFirstAndPlaceItAfterTheSecond() throws {
        let found = try keyOrder("signature: 'Error: x'\nid: llm/truncated-response-in-streaming-mode")
        #expect(found.map(\.message) == ["'signature' is out of the schema's key order"])
        #expect(found.first?.hint == "move 'signature' after 'id'")
    }

    @Test func aKeyMovedToTheTopIsReportedWithItsPlace() throws {
        let found = try keyOrder("tags:\n- streaming\nid: llm/truncated-response-in-streaming-mode")
        #expect(found.map(\.message) == ["'tags' is out of the schema's key order"])
        #expect(found.first?.hint == "move 'tags' after 'evidence_count'")
        #expect(found.first?.location == SourceLocation(line: 1, column: 1))
    }

    @Test func theBaseRecordIsInOrder() throws {
        #expect(try keyOrder("id: llm/truncated-response-in-streaming-mode").isEmpty)
    }
}
