import Foundation
import Testing
@testable import ErrKB

/// The cross-record id and link rules in `errkb lint FILE` (`FocusedRuns`): they index only
/// the ids the named file's record needs.
@Suite struct FocusedGraphCheckTests {
    @Test func namedFileGetsTheSameIdAndLinkFindingsAsAWholeRun() throws {
        var random = SplitMix64(seed: 11)
        func pick(_ count: Int) -> Int { Int(random.next() % UInt64(count)) }
        // Ids repeat (duplicate-id); links name records, missing ones (unknown-error-id, with
        // suggestions), and mirrors that are there or not (unmirrored-edge).
        let ids = (0..<12).map { "llm/r\($0)" }
        var files: [String: String] = [:]
        for index in 0..<20 {
            let id = ids[pick(ids.count)]
            var fragment = "id: \(id)\ntransition_graph:"
            for list in ["leads_to", "preceded_by"] {
                fragment += "\n  \(list):"
                for _ in 0..<(1 + pick(2)) {
                    let target = pick(5) == 0 ? "llm/gone\(pick(3))" : ids[pick(ids.count)]
                    fragment += "\n  - error_id: \(target)\n    probability: 0.5"
                }
            }
            files["llm/f\(index).yaml"] = ExampleDocument(fragment: fragment).text
        }
        let rules: Set<RuleID> = ["duplicate-id", "unknown-error-id", "unmirrored-edge"]
        #expect(try FocusedRuns.compareWithAWholeRun(files) { rules.contains($0) } > 20, "the KB should have findings to compare")
    }
}
