import Foundation
import Testing
@testable import ErrKB

/// `errkb fmt` and `errkb fmt --check` on a small KB: what is listed, rewritten and skipped.
@Suite struct FmtCommandTests {
    static let quotedID = ExampleDocument.baseText.replacingOccurrences(
        of: "id: \(NewCommandTests.seedID)\n", with: "id: \"\(NewCommandTests.seedID)\"\n")
    /// A comment on a line that holds no key or item: the layout has no place for it.
    static let flowComment = ExampleDocument(fragment: "id: llm/flow-comment\ntags: [streaming,\n  sse\n  ]  # why these").text
    static let broken = ExampleDocument(fragment: "id: llm/broken\nconfidence: 2").text

    static func kb() throws -> ScratchKB {
        try ScratchKB(files: [RuleExample.defaultFile: quotedID, "llm/flow-comment.yaml": flowComment,
                              "llm/broken.yaml": "# a comment\n" + broken.replacingOccurrences(of: "id: llm/broken", with: "id: 'llm/broken'")])
    }

    @Test func checkListsWhatWouldChangeAndChangesNothing() throws {
        let kb = try Self.kb()
        defer { kb.remove() }
        #expect(Self.quotedID != ExampleDocument.baseText)
        let out = try CLIRunner.run(["fmt", "--check"], in: kb.root)
        #expect(out.status == 1)
        #expect(out.stdout == """
            records/llm/broken.yaml: skipped: fix its errors first (errkb validate)
            records/llm/flow-comment.yaml: skipped: the comment on line \(Self.commentLine) has no place in the canonical layout (inside a flow list?)
            records/\(RuleExample.defaultFile): would reformat

            """)
        let text = try String(contentsOf: kb.root.appendingPathComponent("records/" + RuleExample.defaultFile), encoding: .utf8)
        #expect(text == Self.quotedID)
    }

    @Test func rewritesThenFindsNothingToDo() throws {
        let kb = try Self.kb()
        defer { kb.remove() }
        let out = try CLIRunner.run(["fmt"], in: kb.root)
        // The broken file is skipped, and its errors are the run's.
        #expect(out.status == 1, "\(out.stderr)")
        #expect(out.stdout.contains("records/\(RuleExample.defaultFile): reformatted\n"))
        let text = try String(contentsOf: kb.root.appendingPathComponent("records/" + RuleExample.defaultFile), encoding: .utf8)
        #expect(text == ExampleDocument.baseText)
        let again = try CLIRunner.run(["fmt", "--check"], in: kb.root)
        #expect(!again.stdout.contains("would reformat"), "\(again.stdout)")
    }

    /// A file that does not parse fails `fmt --check` even when nothing else would change: CI
    /// must not pass it.
    @Test func aFileWithErrorsFailsTheCheck() throws {
        let kb = try ScratchKB(files: ["llm/unclosed.yaml": "id: [llm/unclosed\n", RuleExample.defaultFile: ExampleDocument.baseText])
        defer { kb.remove() }
        let out = try CLIRunner.run(["fmt", "--check"], in: kb.root)
        #expect(out.status == 1)
        #expect(out.stdout == "records/llm/unclosed.yaml: skipped: fix its errors first (errkb validate)\n")
        try FileManager.default.removeItem(at: kb.root.appendingPathComponent("records/llm/unclosed.yaml"))
        #expect(try CLIRunner.run(["fmt", "--check"], in: kb.root).status == 0)
    }

    /// The line of the flow list's comment in `flowComment`.
    static var commentLine: Int {
        (flowComment.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("# why these") } ?? -1) + 1
    }
}
