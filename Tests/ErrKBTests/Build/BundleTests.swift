import Foundation
import Testing
@testable import ErrKB

/// The bundle is byte-exact for the seed, reproducible, atomic, and refused on any error.
@Suite struct BundleTests {
    private func build(_ kb: ScratchKB, out: String = "dist", from directory: URL? = nil) throws -> ReleaseBundle.Outcome {
        let workspace = try Workspace(directory: directory ?? kb.root, today: "2026-01-01")
        let request = workspace.request(paths: [], directory: kb.root, groups: CheckRequest.validateGroups)
        return try ReleaseBundle.build(request, output: kb.root.appendingPathComponent(out))
    }

    @Test func seedSourceBuildsToTheSeedByteForByte() throws {
        let seed = try Data(contentsOf: try #require(RepositoryPaths.seedJSON))
        let kb = try ScratchKB(files: [RuleExample.defaultFile: ExampleDocument.baseText])
        defer { kb.remove() }
        let outcome = try build(kb)
        #expect(outcome.writtenFiles.contains("records/llm/truncated-response-in-streaming-mode.json"))
        let built = try Data(contentsOf: kb.root.appendingPathComponent("dist/records/llm/truncated-response-in-streaming-mode.json"))
        #expect(built == seed)
    }

    @Test func importThenBuildRoundTripsTheSeed() throws {
        let seedURL = try #require(RepositoryPaths.seedJSON)
        let kb = try ScratchKB(files: [:])
        defer { kb.remove() }
        let workspace = try Workspace(directory: kb.root)
        let importer = RecordImporter(schema: workspace.schema, recordsFolder: workspace.recordsURL, force: false)
        #expect(importer.importFile(seedURL) == .written(source: seedURL.path, path: "llm/truncated-response-in-streaming-mode.yaml"))
        #expect(importer.importFile(seedURL) == .skippedExisting(source: seedURL.path, path: "llm/truncated-response-in-streaming-mode.yaml"))
        _ = try build(kb)
        let built = try Data(contentsOf: kb.root.appendingPathComponent("dist/records/llm/truncated-response-in-streaming-mode.json"))
        #expect(built == (try Data(contentsOf: seedURL)))
    }

    @Test func buildsFromDifferentFoldersAreIdentical() throws {
        let kb = try ScratchKB(files: [RuleExample.defaultFile: ExampleDocument.baseText])
        defer { kb.remove() }
        _ = try build(kb, out: "dist-a")
        _ = try build(kb, out: "dist-b", from: kb.root.appendingPathComponent("records/llm"))
        let a = try FolderSnapshot.files(in: kb.root.appendingPathComponent("dist-a"))
        #expect(a.count == 5)
        #expect(a == (try FolderSnapshot.files(in: kb.root.appendingPathComponent("dist-b"))))
    }

    @Test func failedBuildLeavesThePreviousBundleUntouched() throws {
        let kb = try ScratchKB(files: [RuleExample.defaultFile: ExampleDocument.baseText])
        defer { kb.remove() }
        _ = try build(kb)
        let before = try FolderSnapshot.files(in: kb.root.appendingPathComponent("dist"))
        try kb.write("id: llm/broken\nconfidence: 2\n", to: "records/llm/broken.yaml")
        let outcome = try build(kb)
        #expect(outcome.writtenFiles.isEmpty)
        #expect(outcome.check.hasErrors)
        #expect(try FolderSnapshot.files(in: kb.root.appendingPathComponent("dist")) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: kb.root.path).filter { $0.hasPrefix(".dist") }
        #expect(leftovers.isEmpty)
    }

    @Test func manifestListsSizesAndHashesOfEveryFile() throws {
        let kb = try ScratchKB(files: [RuleExample.defaultFile: ExampleDocument.baseText])
        defer { kb.remove() }
        _ = try build(kb)
        let dist = kb.root.appendingPathComponent("dist")
        let manifest = try JSONValue.parse(jsonText: String(contentsOf: dist.appendingPathComponent("manifest.json"), encoding: .utf8))
        let entries = manifest["files"]?.arrayValue ?? []
        #expect(entries.count == 4)
        for entry in entries {
            let path = try #require(entry["path"]?.stringValue)
            let bytes = [UInt8](try Data(contentsOf: dist.appendingPathComponent(path)))
            #expect(entry["size"] == .integer(Int64(bytes.count)))
            #expect(entry["sha256"] == .string(SHA256.hexDigest(bytes)))
        }
    }

    @Test func gatheringFilesAreTheCanonicalFormsOfTheRecordFiles() throws {
        let kb = try ScratchKB(files: [
            RuleExample.defaultFile: ExampleDocument.baseText,
            "llm/quoted.yaml": ExampleDocument(fragment: #"id: llm/quoted\#nsignature: "Error: \"a: b\" \\ c\td ✓ 错误""#).text,
            "llm/block.yaml": ExampleDocument(fragment: "id: llm/block\naliases: []\nroot_cause: |-\n  first: line\n  second  line, \"quoted\"").text,
        ])
        defer { kb.remove() }
        let outcome = try build(kb)
        #expect(outcome.writtenFiles.count == 7, "\(outcome.check.diagnostics.map(\.message))")
        let dist = kb.root.appendingPathComponent("dist")
        let text = { (path: String) in try String(contentsOf: dist.appendingPathComponent(path), encoding: .utf8) }
        let values = try ["llm/block", "llm/quoted", "llm/truncated-response-in-streaming-mode"].map { id in
            try JSONValue.parse(jsonText: text("records/\(id).json"))
        }
        #expect(try text("errkb.json") == CanonicalJSON.string(.array(values)))
        #expect(try text("errkb.jsonl") == values.map { CanonicalJSON.compactString($0) + "\n" }.joined())
        let index = values.map { value in JSONValue.object(BundleContents.indexFields.map { ($0, value[$0] ?? .null) }) }
        #expect(try text("index.json") == CanonicalJSON.string(.array(index)))
    }

    @Test func anEmptyKBBuildsEmptyArrays() throws {
        let kb = try ScratchKB(files: [:])
        defer { kb.remove() }
        try FileManager.default.createDirectory(at: kb.root.appendingPathComponent("records"), withIntermediateDirectories: true)
        _ = try build(kb)
        let dist = kb.root.appendingPathComponent("dist")
        #expect(try String(contentsOf: dist.appendingPathComponent("errkb.json"), encoding: .utf8) == "[]")
        #expect(try String(contentsOf: dist.appendingPathComponent("errkb.jsonl"), encoding: .utf8) == "")
        #expect(try String(contentsOf: dist.appendingPathComponent("index.json"), encoding: .utf8) == "[]")
    }

    @Test func aRefusedBuildCreatesNoFolderAndAnUnwritableTargetDoesNotHideTheFindings() throws {
        let kb = try ScratchKB(files: [RuleExample.defaultFile: ExampleDocument.baseText,
                                       "llm/broken.yaml": "id: llm/broken\nconfidence: 2\n"])
        defer { kb.remove() }
        let refused = try build(kb, out: "new/parent/dist")
        #expect(refused.writtenFiles.isEmpty && refused.check.hasErrors)
        #expect(!FileManager.default.fileExists(atPath: kb.root.appendingPathComponent("new").path))
        try Data().write(to: kb.root.appendingPathComponent("afile"))
        let blocked = try build(kb, out: "afile/dist")
        #expect(blocked.check.hasErrors)
    }

    @Test func twoRecordsWithOneIdAreNeverWrittenOverEachOther() throws {
        let twin = ExampleDocument.baseText.replacingOccurrences(of: "Incomplete stream response", with: "Incomplete stream reply")
        let kb = try ScratchKB(files: [RuleExample.defaultFile: ExampleDocument.baseText, "llm/twin.yaml": twin],
                               config: "records: records\nrules:\n  duplicate-id: warning\n  id-path: off\n")
        defer { kb.remove() }
        let error = #expect(throws: RunError.self) { try build(kb) }
        #expect(error?.description.contains("two records have the id 'llm/truncated-response-in-streaming-mode'") == true, "\(String(describing: error))")
        #expect(!FileManager.default.fileExists(atPath: kb.root.appendingPathComponent("dist").path))
    }
}
