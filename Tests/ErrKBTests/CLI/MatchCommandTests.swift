import Foundation
import Testing
@testable import ErrKB

/// `errkb match`: which records a lookup would return, exit 0 when some do and 1 when none.
@Suite struct MatchCommandTests {
    private static let second = ExampleDocument(fragment: """
        id: llm/connection-closed
        signature: 'Error: connection closed unexpectedly'
        regex: 'connection closed'
        """).text

    private func kb(config: String? = nil) throws -> ScratchKB {
        try ScratchKB(files: [RuleExample.defaultFile: ExampleDocument.baseText, "llm/connection-closed.yaml": Self.second], config: config)
    }

    @Test func ranksTheLongerMatchFirst() throws {
        let kb = try kb()
        defer { kb.remove() }
        let out = try CLIRunner.run(["match", "stream failed: connection closed unexpectedly"], in: kb.root)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout == """
            2 records match, best first:

            llm/truncated-response-in-streaming-mode  (records/llm/truncated-response-in-streaming-mode.yaml)
              matched:   "connection closed unexpectedly" at 15..<45
              signature: Error: Incomplete stream response - expected more data but connection closed unexpectedly.

            llm/connection-closed  (records/llm/connection-closed.yaml)
              matched:   "connection closed" at 15..<32
              signature: Error: connection closed unexpectedly

            """)
    }

    /// A record that cannot be read, or whose regex does not compile, cannot be found: the
    /// lookup says so on standard error rather than let "no record matches" hide it.
    @Test func whatCannotBeSearchedIsToldOnStandardError() throws {
        let badRegex = Self.second.replacingOccurrences(of: "regex: 'connection closed'", with: "regex: 'connection (closed'")
        let kb = try ScratchKB(files: ["llm/connection-closed.yaml": badRegex, "llm/unclosed.yaml": "id: [llm/unclosed\n"])
        defer { kb.remove() }
        let out = try CLIRunner.run(["match", "connection closed"], in: kb.root)
        #expect(out.status == 1)
        #expect(out.stderr == """
            errkb: warning: 1 file of the KB gives no record to search (errkb validate says which and why)
            errkb: warning: 1 record's regex does not compile and was not tried (errkb validate says which and why)

            """)
        let clean = try self.kb()
        defer { clean.remove() }
        #expect(try CLIRunner.run(["match", "connection closed"], in: clean.root).stderr.isEmpty)
    }

    @Test func readsStandardInputAndWritesJSON() throws {
        let kb = try kb()
        defer { kb.remove() }
        let input = kb.root.appendingPathComponent("message.txt")
        try Data("CONNECTION CLOSED\n".utf8).write(to: input)
        let none = try CLIRunner.run(["match", "--format", "json", "CONNECTION CLOSED"], in: kb.root)
        #expect(none.status == 1)
        #expect(none.stdout == "{\n  \"text\": \"CONNECTION CLOSED\",\n  \"flags\": [],\n  \"matches\": []\n}\n")

        try kb.write("records: records\nregex:\n  flags: [IGNORECASE]\n", to: "errkb.yml")
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["match", "--format", "json"]
        process.currentDirectoryURL = kb.root
        process.standardInput = try FileHandle(forReadingFrom: input)
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let document = try JSONValue.parse(jsonText: String(decoding: data, as: UTF8.self))
        #expect(document["text"] == .string("CONNECTION CLOSED"))
        #expect(document["flags"] == .array([.string("IGNORECASE")]))
        #expect(document["matches"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == ["llm/connection-closed"])
    }
}
