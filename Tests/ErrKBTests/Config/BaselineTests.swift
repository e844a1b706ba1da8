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

    /// A finding whose wording would change from one day to the next (how old a record is)
    /// keeps its fingerprint, so a baseline written today still accepts it tomorrow.
    @Test func aStaleRecordAcceptedTodayIsStillAcceptedTomorrow() throws {
        let kb = try ScratchKB(files: [RuleExample.defaultFile: ExampleDocument.baseText])
        defer { kb.remove() }
        let today = try kb.check(today: "2027-01-01", cache: false)
        #expect(today.diagnostics.contains { $0.rule == "stale-record" })
        let baseline = Baseline(today.diagnostics)
        #expect(baseline.filtering(try kb.check(today: "2027-01-02", cache: false)).diagnostics.isEmpty)
    }

    @Test func aMissingOrMalformedBaselineIsABadArgumentThatSaysWhatToDo() throws {
        let kb = try ScratchKB(files: [:])
        defer { kb.remove() }
        let url = kb.root.appendingPathComponent("baseline.json")
        for (text, says) in [(nil, "no baseline at \(url.path); write one with --write-baseline"),
                             ("{\"a\":", "\(url.path):1:6: not an errkb baseline: expected a JSON value but found end of input"),
                             ("{}", "\(url.path) is not an errkb baseline (no 'fingerprints' list)")] {
            if let text { try text.write(to: url, atomically: true, encoding: .utf8) }
            let error = #expect(throws: RunError.self) { try Baseline(contentsOf: url) }
            #expect(error?.description == "bad argument: " + says)
        }
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
