import Foundation
import Testing
@testable import ErrKB

@Suite struct DigestCacheTests {
    private static let digest = RecordDigest(
        file: "records/llm/a.yaml", id: "llm/a", regex: "rate (limit|quota) ✓", signature: "Error: rate limit",
        aliases: ["rate quota ✓", nil], edges: [TypedRecord.Edge(list: "frequently_confused_with", index: 1, target: "llm/b")],
        regexLiterals: .some([[[114, 97, 116, 101, 32]], [[0xD800, 0x10FFFF], [108]]]),
        spans: (SourceSpan(at: SourceLocation(line: 2, column: 5)), nil, SourceSpan(at: .fileStart),
                [SourceSpan(at: SourceLocation(line: 9, column: 3)), SourceSpan(at: SourceLocation(line: 10, column: 3))],
                [SourceSpan(start: SourceLocation(line: 20, column: 7), end: SourceLocation(line: 20, column: 12))]))

    @Test func aDigestReadsBackAsItWasWritten() throws {
        var writer = ByteWriter()
        Self.digest.write(to: &writer)
        let read = try writer.bytes.withUnsafeBytes { bytes throws(ByteReader.Malformed) in
            var reader = ByteReader(bytes)
            return try RecordDigest(from: &reader)
        }
        #expect(read == Self.digest)
        #expect(read.hasRegexLiterals)
        #expect(read.span(at: JSONPointer(parsing: "/transition_graph/frequently_confused_with/1/error_id")).start.line == 20)
    }

    @Test func everyTruncationOfADigestIsRefusedNotTrusted() {
        var writer = ByteWriter()
        Self.digest.write(to: &writer)
        for length in 0..<writer.bytes.count {
            let prefix = Array(writer.bytes.prefix(length))
            let outcome = prefix.withUnsafeBytes { bytes -> RecordDigest? in
                var reader = ByteReader(bytes)
                return try? RecordDigest(from: &reader)
            }
            #expect(outcome == nil, "a digest cut at \(length) bytes was read")
        }
    }

    @Test func lintingOneFileWritesTheCacheAndStillSeesChangesToOtherFiles() async throws {
        let kb = try ScratchKB(files: [
            "llm/a.yaml": ExampleDocument.record("llm/a", leadsTo: "llm/b"),
            "llm/b.yaml": ExampleDocument.record("llm/b"),
            "llm/c.yaml": ExampleDocument.record("llm/c"),
        ])
        defer { kb.remove() }
        // A file written within a second of a run is not cached (its stamp may not change on
        // the next write), so let the files settle.
        try await Task.sleep(for: .milliseconds(1100))
        let first = try kb.check(paths: ["records/llm/a.yaml"])
        let folder = kb.root.appendingPathComponent(DigestCache.folderName)
        let schema = try RecordSchema.load(from: kb.root.appendingPathComponent("schema/record.schema.json"))
        let cache = DigestCache(folder: folder, schema: schema)
        #expect(cache.entries.keys.sorted() == ["records/llm/a.yaml", "records/llm/b.yaml", "records/llm/c.yaml"])
        #expect(cache.entries["records/llm/b.yaml"]?.digest?.hasRegexLiterals == true)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".gitignore").path))
        #expect(first.diagnostics.filter { $0.rule == "unknown-error-id" }.isEmpty)
        #expect(try kb.check(paths: ["records/llm/a.yaml"]).diagnostics == first.diagnostics)

        // b changes its id: the cached digest of b must not hide that a's link now dangles.
        try kb.write(ExampleDocument.record("llm/b2"), to: "records/llm/b.yaml")
        let after = try kb.check(paths: ["records/llm/a.yaml"])
        #expect(after.diagnostics.contains { $0.rule == "unknown-error-id" })
        #expect(after.diagnostics == (try kb.check(paths: ["records/llm/a.yaml"], cache: false)).diagnostics)
    }

    @Test func aDamagedCacheIsIgnoredAndRewritten() async throws {
        let kb = try ScratchKB(files: ["llm/a.yaml": ExampleDocument.record("llm/a", leadsTo: "llm/b"), "llm/b.yaml": ExampleDocument.record("llm/b")])
        defer { kb.remove() }
        try await Task.sleep(for: .milliseconds(1100))
        let expected = try kb.check(paths: ["records/llm/a.yaml"], cache: false).diagnostics
        let file = kb.root.appendingPathComponent(DigestCache.folderName).appendingPathComponent(DigestCache.fileName)
        for damage in [Data(), Data("not a cache".utf8), Data(repeating: 0xFF, count: 64)] {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try damage.write(to: file)
            #expect(try kb.check(paths: ["records/llm/a.yaml"]).diagnostics == expected)
            #expect(try Data(contentsOf: file) != damage)
        }
    }

    @Test func aCacheWithAFlippedByteIsNotTrusted() async throws {
        let kb = try ScratchKB(files: ["llm/a.yaml": ExampleDocument.record("llm/a", leadsTo: "llm/b"), "llm/b.yaml": ExampleDocument.record("llm/b")])
        defer { kb.remove() }
        try await Task.sleep(for: .milliseconds(1100))
        let expected = try kb.check(paths: ["records/llm/a.yaml"]).diagnostics
        let file = kb.root.appendingPathComponent(DigestCache.folderName).appendingPathComponent(DigestCache.fileName)
        var bytes = [UInt8](try Data(contentsOf: file))
        // Rename b in its cached digest: trusted, a's link would dangle.
        let id = Array("llm/b".utf8)
        let at = try #require((0...(bytes.count - id.count)).last { Array(bytes[$0..<$0 + id.count]) == id })
        bytes[at + id.count - 1] ^= 0x01
        try Data(bytes).write(to: file)
        #expect(try kb.check(paths: ["records/llm/a.yaml"]).diagnostics == expected)
    }

    @Test func aWholeKBValidateLeavesTheLintCacheAsItWas() async throws {
        let kb = try ScratchKB(files: ["llm/a.yaml": ExampleDocument.record("llm/a"), "llm/b.yaml": ExampleDocument.record("llm/b")])
        defer { kb.remove() }
        try await Task.sleep(for: .milliseconds(1100))
        _ = try kb.check()
        let file = kb.root.appendingPathComponent(DigestCache.folderName).appendingPathComponent(DigestCache.fileName)
        let written = try Data(contentsOf: file)
        _ = try kb.check(groups: CheckRequest.validateGroups)
        #expect(try Data(contentsOf: file) == written)
    }
}
