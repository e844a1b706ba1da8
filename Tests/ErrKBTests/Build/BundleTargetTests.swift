import Foundation
import Testing
@testable import ErrKB

/// `build` replaces its output folder whole, so it refuses an output that is not a bundle's: a
/// mistyped `--out` must never delete the KB, its sources or someone's files.
@Suite struct BundleTargetTests {
    private func build(_ kb: ScratchKB, out: String) throws(RunError) -> ReleaseBundle.Outcome {
        let workspace = try Workspace(directory: kb.root, today: "2026-01-01")
        let request = workspace.request(paths: [], directory: kb.root, groups: CheckRequest.validateGroups)
        return try ReleaseBundle.build(request, output: kb.root.appendingPathComponent(out))
    }

    private func scratchKB() throws -> ScratchKB {
        try ScratchKB(files: [RuleExample.defaultFile: ExampleDocument.baseText])
    }

    @Test(arguments: [".", "records", "records/llm", "records/new", "schema", "schema/x", "errkb.yml", "notes"])
    func anOutputThatIsNotABundlesIsRefusedAndLeftAsItWas(out: String) throws {
        let kb = try scratchKB()
        defer { kb.remove() }
        try kb.write("keep me\n", to: "notes/todo.txt")
        let before = try FolderSnapshot.files(in: kb.root)
        #expect(throws: RunError.self) { try build(kb, out: out) }
        #expect(try FolderSnapshot.files(in: kb.root) == before)
    }

    @Test func anEmptyFolderANewOneAndAnEarlierBundleAreTaken() throws {
        let kb = try scratchKB()
        defer { kb.remove() }
        try FileManager.default.createDirectory(at: kb.root.appendingPathComponent("empty"), withIntermediateDirectories: true)
        for out in ["empty", "dist", "dist", "new/nested"] {
            #expect(try !build(kb, out: out).writtenFiles.isEmpty, "\(out)")
        }
    }

    @Test func theRefusalSaysWhyAndWhatToDo() throws {
        let kb = try scratchKB()
        defer { kb.remove() }
        try kb.write("keep me\n", to: "notes/todo.txt")
        do {
            _ = try build(kb, out: "notes")
            Issue.record("the build was not refused")
        } catch {
            #expect(error.description == "cannot write notes: it holds files and is not an errkb bundle (it has no manifest.json), "
                + "and a bundle replaces its folder whole; name another --out")
        }
    }
}
