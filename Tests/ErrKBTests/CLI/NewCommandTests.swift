import Foundation
import Testing
@testable import ErrKB

/// `errkb new` run as a contributor runs it: new → fill in → validate, lint, fmt.
@Suite struct NewCommandTests {
    static let seedID = "llm/truncated-response-in-streaming-mode"

    /// `errkb new ID --signature TEXT` with today pinned, run in `kb`.
    static func new(_ id: String, signature: String, in kb: ScratchKB) throws -> CLIRunner.Output {
        try CLIRunner.run(["new", id, "--signature", signature, "--today", "2026-01-01"], in: kb.root)
    }

    static func kb() throws -> ScratchKB {
        try ScratchKB(files: [RuleExample.defaultFile: ExampleDocument.baseText])
    }

    @Test func writesTheScaffoldAndSaysWhatToDoNext() throws {
        let kb = try Self.kb()
        defer { kb.remove() }
        let out = try Self.new("llm/widget-exploded", signature: "Error: widget exploded", in: kb)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("wrote records/llm/widget-exploded.yaml\n"))
        #expect(out.stdout.contains("errkb lint records/llm/widget-exploded.yaml"))
        let text = try String(contentsOf: kb.root.appendingPathComponent("records/llm/widget-exploded.yaml"), encoding: .utf8)
        #expect(text.hasPrefix("# yaml-language-server: $schema=../../schema/record.schema.json\n"))
        #expect(text.contains("first_seen: '2026-01-01'\n"))
    }

    @Test func listsRecordsWhoseRegexAlreadyMatchesTheSignature() throws {
        let kb = try Self.kb()
        defer { kb.remove() }
        let out = try Self.new("llm/stream-cut", signature: "Error: Incomplete stream response at byte 512", in: kb)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("records whose regex already matches the signature"))
        #expect(out.stdout.contains("  \(Self.seedID)  (records/\(RuleExample.defaultFile))\n"))
    }

    @Test func placeholdersFailValidationUntilFilledThenEverythingPasses() throws {
        let kb = try Self.kb()
        defer { kb.remove() }
        let file = "records/llm/widget-exploded.yaml"
        _ = try Self.new("llm/widget-exploded", signature: "Error: widget exploded", in: kb)
        let raw = try CLIRunner.run(["validate", file, "--today", "2026-01-01", "--color", "never"], in: kb.root)
        #expect(raw.status == 1)
        for finding in ["5:8: error[schema-length]", "7:11: error[snake-case]", "8:13: error[schema-length]"] {
            #expect(raw.stdout.contains(finding), "\(raw.stdout)")
        }
        #expect(!(try CLIRunner.run(["fmt", "--check", file], in: kb.root).stdout.contains("would reformat")))

        let url = kb.root.appendingPathComponent(file)
        let filled = try String(contentsOf: url, encoding: .utf8)
            .replacingOccurrences(of: "regex: ''", with: "regex: widget exploded")
            .replacingOccurrences(of: "category: ''", with: "category: runtime_error")
            .replacingOccurrences(of: "root_cause: ''", with: "root_cause: The widget overheats.")
        try Data(filled.utf8).write(to: url)
        let validate = try CLIRunner.run(["validate", file, "--today", "2026-01-01"], in: kb.root)
        #expect(validate.status == 0, "\(validate.stdout)")
        let lint = try CLIRunner.run(["lint", file, "--today", "2026-01-01"], in: kb.root)
        #expect(lint.status == 0, "\(lint.stdout)")
        let fmt = try CLIRunner.run(["fmt", "--check", file], in: kb.root)
        #expect(fmt.status == 0 && fmt.stdout.isEmpty, "\(fmt.stdout)")
    }

    @Test func refusesAnIdTheKBAlreadyHasNamingItsFile() throws {
        let kb = try Self.kb()
        defer { kb.remove() }
        // The same id in a file of another name is still taken.
        try kb.write(ExampleDocument.baseText, to: "records/llm/copy.yaml")
        try FileManager.default.removeItem(at: kb.root.appendingPathComponent("records/" + RuleExample.defaultFile))
        let out = try CLIRunner.run(["new", Self.seedID], in: kb.root)
        #expect(out.status == 1)
        #expect(out.stderr.contains("already exists in records/llm/copy.yaml"))
        #expect(!FileManager.default.fileExists(atPath: kb.root.appendingPathComponent("records/\(Self.seedID).yaml").path))
    }

    /// A record without a regex (an error in itself) still holds its id.
    @Test func refusesAnIdTakenByARecordWithoutARegex() throws {
        let kb = try Self.kb()
        defer { kb.remove() }
        let withoutRegex = ExampleDocument.baseText.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("regex:") }.joined(separator: "\n")
        #expect(withoutRegex != ExampleDocument.baseText)
        try kb.write(withoutRegex, to: "records/llm/copy.yaml")
        try FileManager.default.removeItem(at: kb.root.appendingPathComponent("records/" + RuleExample.defaultFile))
        let out = try CLIRunner.run(["new", Self.seedID], in: kb.root)
        #expect(out.status == 1)
        #expect(out.stderr.contains("already exists in records/llm/copy.yaml"))
    }

    @Test func neverOverwritesAFile() throws {
        let kb = try Self.kb()
        defer { kb.remove() }
        try kb.write("not a record\n", to: "records/llm/occupied.yaml")
        let out = try CLIRunner.run(["new", "llm/occupied"], in: kb.root)
        #expect(out.status == 1)
        #expect(out.stderr.contains("records/llm/occupied.yaml exists"))
        #expect(try String(contentsOf: kb.root.appendingPathComponent("records/llm/occupied.yaml"), encoding: .utf8) == "not a record\n")
    }

    @Test func badIdExitsTwoAndWritesNothing() throws {
        let kb = try Self.kb()
        defer { kb.remove() }
        let out = try CLIRunner.run(["new", "LLM/Widget Exploded"], in: kb.root)
        #expect(out.status == 2)
        #expect(out.stderr.contains("'id' must match"))
        #expect(!FileManager.default.fileExists(atPath: kb.root.appendingPathComponent("records/LLM").path))
    }
}
