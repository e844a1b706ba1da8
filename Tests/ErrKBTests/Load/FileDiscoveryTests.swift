import Foundation
import Testing
@testable import ErrKB

/// The files a walk finds come out in the order of their relative paths, whether the walk's
/// own order (each folder's names sorted, a folder's with a "/" after it) gives it or the
/// fallback sort does.
@Suite struct FileDiscoveryTests {
    @Test func aWalkListsFilesInTheOrderOfTheirPaths() throws {
        // "-" and "." sort before "/": a-c.yaml and a.yaml come before the files in folder a.
        let names = ["a/b.yaml", "a-c.yaml", "a.yaml", "a0/x.yaml", "a/z/y.yaml", "B.yaml", "a/b.json", "\u{E9}/e.yaml",
                     "e\u{301}x.yaml", "z.yml", "a/b-c/d.yaml", "a/b.c/d.yaml"]
        let kb = try ScratchKB(files: Dictionary(uniqueKeysWithValues: names.map { ($0, "id: x\n") }))
        defer { kb.remove() }
        let discovery = FileDiscovery(knowledgeBase: KnowledgeBase(root: kb.root, configURL: nil))
        let (files, refused) = try discovery.discover([kb.root.appendingPathComponent("records")])
        #expect(refused.isEmpty)
        let paths = files.map(\.file)
        #expect(paths == paths.sorted())
        #expect(Set(paths) == Set(names.map { "records/" + $0 }))
    }

    @Test func filesNamedOutOfOrderOrTwiceComeOutSortedAndOnce() throws {
        let kb = try ScratchKB(files: ["llm/a.yaml": "id: a\n", "llm/b.yaml": "id: b\n", "go/c.yaml": "id: c\n"])
        defer { kb.remove() }
        let discovery = FileDiscovery(knowledgeBase: KnowledgeBase(root: kb.root, configURL: nil))
        let records = kb.root.appendingPathComponent("records")
        let (files, _) = try discovery.discover([records.appendingPathComponent("llm/b.yaml"), records,
                                                 records.appendingPathComponent("go/c.yaml")])
        #expect(files.map(\.file) == ["records/go/c.yaml", "records/llm/a.yaml", "records/llm/b.yaml"])
    }

    /// A name's extension and its leading dot are its bytes, as the shell sees them, whatever
    /// Characters a Unicode-aware comparison would cluster them into.
    @Test func extensionsAndHiddenNamesAreReadFromTheNamesBytes() throws {
        // U+0600 is a prepend character: it and the dot after it make one Character.
        let kb = try ScratchKB(files: ["a\u{600}.yaml": "id: x\n", "b.yml": "id: y\n", ".\u{301}c.yaml": "id: z\n",
                                       "d.yaml.txt": "id: w\n", "e.json": "{}\n", "fyaml": "id: v\n"])
        defer { kb.remove() }
        let discovery = FileDiscovery(knowledgeBase: KnowledgeBase(root: kb.root, configURL: nil))
        let (files, _) = try discovery.discover([kb.root.appendingPathComponent("records")])
        #expect(files.map(\.file) == ["records/a\u{600}.yaml", "records/b.yml", "records/e.json"])
        #expect(files.map(\.format) == [.yaml, .yaml, .json])
    }
}
