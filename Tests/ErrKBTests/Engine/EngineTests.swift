import Foundation
import Testing
@testable import ErrKB

@Suite struct EngineTests {
    @Test func checkingOneFileStillSeesTheWholeKBForLinksAndIds() throws {
        let kb = try ScratchKB(files: [
            "llm/a.yaml": ExampleDocument.record("llm/a", leadsTo: "llm/b"),
            "llm/b.yaml": ExampleDocument.record("llm/b"),
            "llm/c.yaml": ExampleDocument.record("llm/b"),
        ])
        defer { kb.remove() }
        let one = try kb.check(groups: CheckRequest.validateGroups, paths: ["records/llm/a.yaml"])
        #expect(one.diagnostics.isEmpty, "\(one.diagnostics)")
        let other = try kb.check(groups: CheckRequest.validateGroups, paths: ["records/llm/c.yaml"])
        #expect(other.diagnostics.map(\.rule) == ["duplicate-id", "id-path"])
    }

    @Test func diagnosticsAreSortedAndTheSameEveryRun() throws {
        var files: [String: String] = [:]
        for i in 0..<20 { files["llm/r\(i).yaml"] = "id: llm/r\(i)\nconfidence: \(i)\n" }
        let kb = try ScratchKB(files: files)
        defer { kb.remove() }
        let first = try kb.check().diagnostics
        #expect(first == first.sorted())
        #expect(first == (try kb.check().diagnostics))
    }

    @Test func aRunThatKeepsNoRecordsReportsTheSameWithItsSourceLines() throws {
        let kb = try ScratchKB(files: [
            "llm/a.yaml": ExampleDocument.record("llm/a", leadsTo: "llm/missing"),
            "llm/b.yaml": ExampleDocument.record("llm/b") + "confidence: 2\n",
            "llm/c.yaml": ExampleDocument.record("llm/c"),
        ])
        defer { kb.remove() }
        let kept = try kb.check()
        let lean = try kb.check(keepsRecords: false)
        #expect(lean.records.isEmpty && lean.summary == kept.summary)
        #expect(lean.diagnostics == kept.diagnostics)
        // a.yaml's only finding comes from a cross-record rule, after its text was dropped.
        #expect(lean.diagnostics.contains { $0.file == "records/llm/a.yaml" && $0.rule == "unknown-error-id" })
        #expect(Set(lean.sources.keys) == Set(lean.diagnostics.map(\.file)))
        #expect(lean.sources == kept.sources)
    }

    @Test func aFileThatFailsToLoadCanStillSilenceItsOwnErrors() throws {
        let kb = try ScratchKB(files: ["llm/broken.yaml": "id: llm/broken\n# errkb-disable-next-line yaml-syntax\n  bad: [\n"])
        defer { kb.remove() }
        let found = try kb.check(keepsRecords: false).diagnostics
        #expect(!found.contains { $0.rule == "yaml-syntax" }, "\(found)")
    }

    @Test func aFolderLinkedOutOfTheKBIsRefusedWhetherNamedOrFound() throws {
        let kb = try ScratchKB(files: ["llm/a.yaml": ExampleDocument.record("llm/a")])
        let outside = try ScratchKB(files: ["llm/b.yaml": ExampleDocument.record("llm/b")])
        defer { kb.remove(); outside.remove() }
        try FileManager.default.createSymbolicLink(at: kb.root.appendingPathComponent("records/linked"),
                                                   withDestinationURL: outside.root.appendingPathComponent("records/llm"))
        let result = try kb.check(paths: ["records/linked"])
        #expect(result.diagnostics.map(\.rule) == ["symlink-escape"])
        #expect(result.recordCount == 0)
        // Found in a walk of the whole KB it is not followed, and refused as well, not skipped unseen.
        let whole = try kb.check(groups: CheckRequest.validateGroups)
        #expect(whole.diagnostics.map { "\($0.rule) \($0.file)" } == ["symlink-escape records/linked"])
        #expect(whole.recordCount == 1)
    }

    @Test func twoNamesEqualButForNormalizationAreReportedNotSkipped() throws {
        let composed = "llm/caf\u{E9}.yaml", decomposed = "llm/cafe\u{301}.yaml"
        // Two writes: as dictionary keys, the two names are one.
        let kb = try ScratchKB(files: [composed: ExampleDocument.record("llm/a")])
        defer { kb.remove() }
        try kb.write(ExampleDocument.record("llm/b"), to: "records/" + decomposed)
        let names = try FileManager.default.contentsOfDirectory(atPath: kb.root.appendingPathComponent("records/llm").path)
        try #require(names.count == 2, "the file system keeps both names: \(names)")
        let result = try kb.check(groups: CheckRequest.validateGroups)
        // (Their ids do not match the name: id-path reports that too.)
        #expect(result.diagnostics.filter { $0.rule == "file-name-collision" }.count == 1)
        #expect(result.recordCount == 1)
        // The same file named twice is still checked once, silently.
        // Whichever of the two is named besides its folder, the one refused is refused once.
        for named in [composed, decomposed] {
            let twice = try kb.check(groups: CheckRequest.validateGroups, paths: ["records/llm", "records/" + named])
            #expect(twice.diagnostics.map(\.rule) == result.diagnostics.map(\.rule), "\(named.unicodeScalars.count) scalars")
        }
    }

    @Test func perFileDiagnosticsAreCapped() throws {
        let keys = (0..<150).map { "unknown_\($0): x" }.joined(separator: "\n")
        let kb = try ScratchKB(files: ["llm/noisy.yaml": "id: llm/noisy\n" + keys + "\n"])
        defer { kb.remove() }
        let found = try kb.check().diagnostics
        #expect(found.count == 101)
        #expect(found.last?.rule == .tooManyDiagnostics || found.contains { $0.rule == .tooManyDiagnostics })
    }
}
