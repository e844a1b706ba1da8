import Foundation
import Testing
@testable import ErrKB

@Suite struct BaselineTests {
    @Test func baselineHidesKnownFindingsEvenAfterLinesMoveButNotNewOnes() throws {
        let broken = ExampleDocument(fragment: "id: llm/truncated-response-in-streaming-mode\nconfidence: 1.5").text
        let kb = try ScratchKB(files: [RuleExample.defaultFile: broken])
        defer { kb.remove() }
        let baseline = Baseline(try kb.check(groups: CheckRequest.validateGroups).diagnostics)
        #expect(baseline.fingerprints.count == 1)
        // Two lines inserted above: the finding moves, the fingerprint does not.
        try kb.write("# a comment\n# another\n" + broken, to: "records/" + RuleExample.defaultFile)
        let moved = try kb.check(groups: CheckRequest.validateGroups)
        #expect(moved.diagnostics.first?.line == 4)
        #expect(baseline.filtering(moved).diagnostics.isEmpty)
        try kb.write(broken.replacingOccurrences(of: "evidence_count: 1", with: "evidence_count: -1"), to: "records/" + RuleExample.defaultFile)
        #expect(baseline.filtering(try kb.check(groups: CheckRequest.validateGroups)).diagnostics.map(\.rule) == ["schema-range"])
    }

    @Test func baselineFileRoundTrips() throws {
        let kb = try ScratchKB(files: [:])
        defer { kb.remove() }
        let diagnostic = Diagnostic(rule: "date-order", severity: .error, file: "records/a.yaml", span: SourceSpan(at: .fileStart), message: "m")
        let url = kb.root.appendingPathComponent("baseline.json")
        try Baseline([diagnostic]).write(to: url)
        #expect(try Baseline(contentsOf: url).fingerprints == [diagnostic.fingerprint])
    }
}
