import Foundation
import Synchronization
import Testing
@testable import ErrKB

@Suite struct CheckCacheTests {
    private static let digest = RecordDigest(
        file: "records/llm/a.yaml", id: "llm/a", regex: "rate (limit|quota) ✓", signature: "Error: rate limit",
        aliases: ["rate quota ✓", nil], edges: [TypedRecord.Edge(list: "frequently_confused_with", index: 1, target: "llm/b")],
        regexLiterals: .some([[[114, 97, 116, 101, 32]], [[0xD800, 0x10FFFF], [108]]]),
        spans: (SourceSpan(at: SourceLocation(line: 2, column: 5)), nil, SourceSpan(at: .fileStart),
                [SourceSpan(at: SourceLocation(line: 9, column: 3)), SourceSpan(at: SourceLocation(line: 10, column: 3))],
                [SourceSpan(start: SourceLocation(line: 20, column: 7), end: SourceLocation(line: 20, column: 12))]))

    /// What `read` makes of `bytes`, nil when it refuses them.
    private static func decoded<Value>(_ bytes: some Collection<UInt8>,
                                       _ read: (inout ByteReader) throws -> Value) -> Value? {
        Array(bytes).withUnsafeBytes { buffer -> Value? in
            var reader = ByteReader(buffer)
            return try? read(&reader)
        }
    }

    /// Every strict prefix of `bytes` is refused.
    private static func expectNoTruncationIsTrusted<Value>(_ bytes: [UInt8], _ read: (inout ByteReader) throws -> Value,
                                                           sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for length in 0..<bytes.count {
            #expect(decoded(bytes.prefix(length), read) == nil, "cut at \(length) bytes, it was read", sourceLocation: sourceLocation)
        }
    }

    @Test func aDigestReadsBackAsItWasWritten() throws {
        var writer = ByteWriter()
        Self.digest.write(to: &writer)
        let read = try #require(Self.decoded(writer.bytes, { try RecordDigest(from: &$0) }))
        #expect(read == Self.digest)
        #expect(read.hasRegexLiterals)
        #expect(read.span(at: JSONPointer(parsing: "/transition_graph/frequently_confused_with/1/error_id")).start.line == 20)
    }

    @Test func everyTruncationOfADigestIsRefusedNotTrusted() {
        var writer = ByteWriter()
        Self.digest.write(to: &writer)
        Self.expectNoTruncationIsTrusted(writer.bytes, { try RecordDigest(from: &$0) })
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
        let folder = kb.root.appendingPathComponent(CheckCache.folderName)
        let cache = try Self.cache(of: kb)
        #expect(cache.entries.keys.sorted() == ["records/llm/a.yaml", "records/llm/b.yaml", "records/llm/c.yaml"])
        #expect(cache.entries["records/llm/b.yaml"]?.digest.hasRegexLiterals == true)
        #expect(cache.entries["records/llm/b.yaml"].flatMap { entry in if case .stored(let stored, _) = entry.digest { stored.decoded() } else { nil } }?.id == "llm/b")
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
        let file = try Self.cacheFile(of: kb)
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
        let file = try Self.cacheFile(of: kb)
        var bytes = [UInt8](try Data(contentsOf: file))
        // Rename b in its cached digest: trusted, a's link would dangle.
        let id = Array("llm/b".utf8)
        let at = try #require((0...(bytes.count - id.count)).last { Array(bytes[$0..<$0 + id.count]) == id })
        bytes[at + id.count - 1] ^= 0x01
        try Data(bytes).write(to: file)
        #expect(try kb.check(paths: ["records/llm/a.yaml"]).diagnostics == expected)
    }

    @Test func validateKeepsItsOwnCacheBesideLints() async throws {
        let kb = try Self.kbWithFindings()
        defer { kb.remove() }
        try await Task.sleep(for: .milliseconds(1100))
        let expected = try kb.check(groups: CheckRequest.validateGroups, keepsRecords: false, cache: false).diagnostics
        #expect(try kb.check(groups: CheckRequest.validateGroups, keepsRecords: false).diagnostics == expected)
        _ = try kb.check(keepsRecords: false)
        #expect(try Self.cacheFile(of: kb) != (try Self.cacheFile(of: kb, groups: CheckRequest.validateGroups)))
        let lintCache = try Data(contentsOf: try Self.cacheFile(of: kb))
        let validateCache = try Data(contentsOf: try Self.cacheFile(of: kb, groups: CheckRequest.validateGroups))

        // The proof that validate's findings come from its own cache: one planted there is reported.
        let planted = try Self.plantFinding(in: kb, groups: CheckRequest.validateGroups, rule: "yaml-syntax", severity: .error)
        #expect(try kb.check(groups: CheckRequest.validateGroups, keepsRecords: false).diagnostics.contains(planted))
        #expect(try !kb.check(keepsRecords: false).diagnostics.contains(planted))
        // Alternating runs leave each other's cache as it was.
        #expect(try Data(contentsOf: try Self.cacheFile(of: kb)) == lintCache)
        #expect(try Data(contentsOf: try Self.cacheFile(of: kb, groups: CheckRequest.validateGroups)) != validateCache)
    }

    @Test func theFolderKeepsOnlyTheCacheFilesWrittenLast() async throws {
        let kb = try ScratchKB(files: ["llm/a.yaml": ExampleDocument.record("llm/a")])
        defer { kb.remove() }
        try await Task.sleep(for: .milliseconds(1100))
        let folder = kb.root.appendingPathComponent(CheckCache.folderName)
        for staleDays in 1...(CheckCache.keptFiles + 2) {
            try "records: records\nstale_days: \(staleDays)\n".write(to: kb.root.appendingPathComponent("errkb.yml"), atomically: true, encoding: .utf8)
            _ = try kb.check(keepsRecords: false)
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(CheckCache.filePrefix) }
        #expect(files.count == CheckCache.keptFiles)
        #expect(files.contains(try Self.cacheFile(of: kb).lastPathComponent), "the file just written stays")
    }

    @Test func aWholeKBValidateLeavesTheLintCacheAsItWas() async throws {
        let kb = try ScratchKB(files: ["llm/a.yaml": ExampleDocument.record("llm/a"), "llm/b.yaml": ExampleDocument.record("llm/b")])
        defer { kb.remove() }
        try await Task.sleep(for: .milliseconds(1100))
        _ = try kb.check()
        let file = try Self.cacheFile(of: kb)
        let written = try Data(contentsOf: file)
        _ = try kb.check(groups: CheckRequest.validateGroups)
        #expect(try Data(contentsOf: file) == written)
    }

    @Test func equalDigestsEncodeToEqualBytes() throws {
        // The same literals, found by the pattern in the opposite order.
        let branches = (0..<12).map { "word\($0)x" }
        let patterns = [branches.joined(separator: "|"), branches.reversed().joined(separator: "|")]
        let digests = try patterns.map { pattern in
            RecordDigest(file: "records/llm/a.yaml", id: "llm/a", regex: "x", signature: nil, aliases: [], edges: [],
                         regexLiterals: .some(RequiredLiterals.alternatives(of: try PythonRegex.parse(pattern).get())),
                         spans: (nil, nil, nil, [], []))
        }
        #expect(digests[0].regexLiterals?.first?.count == 12)
        #expect(digests[0] == digests[1])
        #expect(CheckCache.checksum(of: digests[0]) == CheckCache.checksum(of: digests[1]))
    }

    // MARK: Findings

    private static let findings = FileFindings(
        diagnostics: [
            Diagnostic(rule: "trailing-whitespace", severity: .warning, file: "records/llm/a.yaml",
                       span: SourceSpan(start: SourceLocation(line: 3, column: 9), end: SourceLocation(line: 3, column: 11)),
                       path: JSONPointer([.key("aliases"), .index(0), .key("0")]), record: "llm/a", message: "trailing spaces ✓",
                       hint: "remove them", related: [Diagnostic.Related(file: "records/llm/b.yaml", location: SourceLocation(line: 1, column: 1),
                                                                         message: "first here")]),
            Diagnostic(rule: "yaml-syntax", severity: .error, file: "records/llm/a.yaml", span: SourceSpan(at: .fileStart), message: "bad"),
        ],
        suppressions: Suppressions(entries: [Suppressions.Entry(rules: ["tab-character", "fmt-drift"], coveredLine: 4,
                                                                location: SourceLocation(line: 3, column: 20))]),
        days: Int.min...20_400)

    @Test func findingsReadBackAsTheyWereWrittenAndNoTruncationIsTrusted() throws {
        var writer = ByteWriter()
        Self.findings.write(to: &writer)
        #expect(Self.decoded(writer.bytes, { try FileFindings(from: &$0) }) == Self.findings)
        Self.expectNoTruncationIsTrusted(writer.bytes, { try FileFindings(from: &$0) })
    }

    /// A KB whose files have findings of their own, a suppression comment and a parse error.
    private static func kbWithFindings() throws -> ScratchKB {
        try ScratchKB(files: [
            "llm/a.yaml": ExampleDocument.record("llm/a", leadsTo: "llm/b").replacingOccurrences(of: "id: llm/a", with: "id: llm/a   "),
            "llm/b.yaml": ExampleDocument.record("llm/b").replacingOccurrences(of: "id: llm/b", with: "id: llm/b  # errkb-disable-line trailing-whitespace  "),
            "llm/c.yaml": "id: [unclosed\n",
        ])
    }

    /// The settings of a run with `groups` (every rule: `lint`) on `kb`.
    private static func settings(of kb: ScratchKB, groups: Set<RuleGroup> = Set(RuleGroup.allCases)) throws -> String {
        try Workspace(directory: kb.root, today: "2026-01-01").request(paths: [], directory: kb.root, groups: groups).cacheSettings
    }

    /// The cache file of runs with `groups` on `kb`.
    private static func cacheFile(of kb: ScratchKB, groups: Set<RuleGroup> = Set(RuleGroup.allCases)) throws -> URL {
        CheckCache.file(in: kb.root.appendingPathComponent(CheckCache.folderName), settings: try settings(of: kb, groups: groups))
    }

    private static func cache(of kb: ScratchKB, groups: Set<RuleGroup> = Set(RuleGroup.allCases)) throws -> CheckCache {
        let workspace = try Workspace(directory: kb.root, today: "2026-01-01")
        return CheckCache(folder: kb.root.appendingPathComponent(CheckCache.folderName), schema: workspace.schema,
                          settings: try settings(of: kb, groups: groups))
    }

    /// Writes `cache` with `change` made to it; the cache writes only what differs from what it
    /// read, so the entries go into a cache that read nothing.
    private static func rewrite(_ cache: CheckCache, of kb: ScratchKB, entries: [String: CheckCache.Entry],
                                corpus: CheckCache.CorpusFindings?, groups: Set<RuleGroup> = Set(RuleGroup.allCases)) throws {
        let workspace = try Workspace(directory: kb.root, today: "2026-01-01")
        let blank = CheckCache(folder: kb.root.appendingPathComponent(CheckCache.folderName), schema: workspace.schema,
                               settings: try settings(of: kb, groups: groups), reading: false)
        blank.update(entries.map { (file: $0.key, entry: $0.value) }, corpus: corpus, runStart: FileStamp.now())
    }

    @Test func aLintTakesTheFindingsOfUnchangedFilesFromTheCache() async throws {
        let kb = try Self.kbWithFindings()
        defer { kb.remove() }
        try await Task.sleep(for: .milliseconds(1100))
        let expected = try kb.check(keepsRecords: false, cache: false)
        #expect(expected.diagnostics.contains { $0.rule == "trailing-whitespace" && $0.file == "records/llm/a.yaml" })
        #expect(expected.diagnostics.contains { $0.rule == "yaml-syntax" })
        for _ in 0..<2 {
            let run = try kb.check(keepsRecords: false)
            #expect(run.diagnostics == expected.diagnostics)
            #expect(run.sources.mapValues(\.text) == expected.sources.mapValues(\.text), "carets need the texts of cached files")
        }
        #expect(try kb.check(paths: ["records/llm/a.yaml"], keepsRecords: false).diagnostics
            == (try kb.check(paths: ["records/llm/a.yaml"], keepsRecords: false, cache: false)).diagnostics)

        // The proof that they came from the cache: a finding planted there is reported.
        let cache = try Self.cache(of: kb)
        #expect(cache.entries["records/llm/a.yaml"]?.findings != nil && cache.corpus != nil)
        let planted = try Self.plantFinding(in: kb)
        #expect(try kb.check(keepsRecords: false).diagnostics.contains(planted))
        // Another day: a is stale, and its finding names its age, which holds on one day only.
        #expect(try !kb.check(today: "2026-01-02", keepsRecords: false).diagnostics.contains(planted))
        // Under other settings the findings are worked out again.
        try "records: records\nstale_days: 1000\n".write(to: kb.root.appendingPathComponent("errkb.yml"), atomically: true, encoding: .utf8)
        #expect(try !kb.check(keepsRecords: false).diagnostics.contains(planted))
        // A run that keeps records (build, stats) checks every file itself.
        #expect(try !kb.check().diagnostics.contains(planted))
    }

    @Test func crossRecordFindingsStandUntilADigestChanges() async throws {
        let kb = try Self.kbWithFindings()
        defer { kb.remove() }
        try await Task.sleep(for: .milliseconds(1100))
        _ = try kb.check(keepsRecords: false)
        let cache = try Self.cache(of: kb)
        let corpus = try #require(cache.corpus)
        let planted = Diagnostic(rule: "duplicate-id", severity: .error, file: "records/llm/a.yaml", span: SourceSpan(at: .fileStart),
                                 message: "planted in the cache")
        try Self.rewrite(cache, of: kb, entries: cache.entries,
                         corpus: CheckCache.CorpusFindings(key: corpus.key, diagnostics: corpus.diagnostics + [planted]))
        #expect(try kb.check(keepsRecords: false).diagnostics.contains(planted))
        #expect(try kb.check(paths: ["records/llm/a.yaml"], keepsRecords: false).diagnostics.contains(planted))

        // Prose changes leave the digests as they were; a new id does not.
        try kb.write(try String(contentsOf: kb.root.appendingPathComponent("records/llm/b.yaml"), encoding: .utf8) + "# a comment\n",
                     to: "records/llm/b.yaml")
        #expect(try kb.check(keepsRecords: false).diagnostics.contains(planted))
        try kb.write(ExampleDocument.record("llm/b2"), to: "records/llm/b.yaml")
        let after = try kb.check(keepsRecords: false)
        #expect(!after.diagnostics.contains(planted))
        #expect(after.diagnostics.contains { $0.rule == "unknown-error-id" })
        #expect(after.diagnostics == (try kb.check(keepsRecords: false, cache: false)).diagnostics)
    }

    @Test func entriesKeptUnchangedAreWrittenBackAsTheyWere() async throws {
        let kb = try Self.kbWithFindings()
        defer { kb.remove() }
        try await Task.sleep(for: .milliseconds(1100))
        _ = try kb.check(keepsRecords: false)
        let before = try Self.cache(of: kb).entries
        #expect(before.count == 3)
        try kb.write(ExampleDocument.record("llm/b") + "# edited\n", to: "records/llm/b.yaml")
        try await Task.sleep(for: .milliseconds(1100))
        _ = try kb.check(paths: ["records/llm/b.yaml"], keepsRecords: false)
        // Copied as bytes, the other entries still read back whole, findings and all.
        let after = try Self.cache(of: kb).entries
        #expect(after.keys.sorted() == before.keys.sorted())
        for file in ["records/llm/a.yaml", "records/llm/c.yaml"] {
            #expect(after[file]?.stamp == before[file]?.stamp, "\(file)")
            #expect(after[file]?.digestChecksum == before[file]?.digestChecksum, "\(file)")
            #expect(after[file]?.findings != nil && after[file]?.findings == before[file]?.findings, "\(file)")
        }
        #expect(after["records/llm/b.yaml"]?.stamp != before["records/llm/b.yaml"]?.stamp)
        #expect(try kb.check(keepsRecords: false).diagnostics == (try kb.check(keepsRecords: false, cache: false)).diagnostics)
    }

    /// Plants a finding in the cache entry of a.yaml, so that a run that reports it took the
    /// file's findings from the cache.
    private static func plantFinding(in kb: ScratchKB, groups: Set<RuleGroup> = Set(RuleGroup.allCases),
                                     rule: RuleID = "empty-text", severity: Severity = .warning) throws -> Diagnostic {
        let cache = try Self.cache(of: kb, groups: groups)
        let a = try #require(cache.entries["records/llm/a.yaml"])
        let planted = Diagnostic(rule: rule, severity: severity, file: "records/llm/a.yaml", span: SourceSpan(at: .fileStart),
                                 message: "planted in the cache")
        var entries = cache.entries
        entries["records/llm/a.yaml"] = CheckCache.Entry(stamp: a.stamp, digest: a.digest, digestChecksum: a.digestChecksum,
                                                         findings: FileFindings(diagnostics: [planted], suppressions: nil, days: try #require(a.findings?.days)),
                                                         contentChecksum: a.contentChecksum)
        try Self.rewrite(cache, of: kb, entries: entries, corpus: cache.corpus, groups: groups)
        return planted
    }

    @Test func aFileWhoseStampChangedButNotItsTextIsNotCheckedAgain() async throws {
        let kb = try Self.kbWithFindings()
        defer { kb.remove() }
        try await Task.sleep(for: .milliseconds(1100))
        _ = try kb.check(keepsRecords: false)
        let planted = try Self.plantFinding(in: kb)
        let a = kb.root.appendingPathComponent("records/llm/a.yaml")
        let before = try #require(try Self.cache(of: kb).entries["records/llm/a.yaml"]?.stamp)
        // Touched: new times, the same text.
        try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: a.path)
        try await Task.sleep(for: .milliseconds(1100))
        #expect(try kb.check(keepsRecords: false).diagnostics.contains(planted))
        #expect(try kb.check(paths: ["records/llm/a.yaml"], keepsRecords: false).diagnostics.contains(planted))
        // The entry now has the new stamp, and the findings go on standing.
        #expect(try Self.cache(of: kb).entries["records/llm/a.yaml"]?.stamp != before)
        #expect(try kb.check(keepsRecords: false).diagnostics.contains(planted))
        // Another text is checked again.
        try kb.write(try String(contentsOf: a, encoding: .utf8) + "# edited\n", to: "records/llm/a.yaml")
        try await Task.sleep(for: .milliseconds(1100))
        let after = try kb.check(keepsRecords: false)
        #expect(!after.diagnostics.contains(planted))
        #expect(after.diagnostics == (try kb.check(keepsRecords: false, cache: false)).diagnostics)
    }

    @Test func aCacheCopiedWithTheKBToAnotherPlaceServesTheCopy() async throws {
        let kb = try Self.kbWithFindings()
        defer { kb.remove() }
        try await Task.sleep(for: .milliseconds(1100))
        _ = try kb.check(keepsRecords: false)
        let planted = try Self.plantFinding(in: kb)
        // A fresh checkout elsewhere, given the cache an earlier job left: every stamp differs.
        let copy = try ScratchKB(files: [:])
        defer { copy.remove() }
        for folder in ["records", CheckCache.folderName] {
            try FileManager.default.copyItem(at: kb.root.appendingPathComponent(folder), to: copy.root.appendingPathComponent(folder))
        }
        try await Task.sleep(for: .milliseconds(1100))
        let run = try copy.check(keepsRecords: false)
        #expect(run.diagnostics.contains(planted))
        // The other files' findings, from the cache too, are what checking them finds.
        let others = { (diagnostics: [Diagnostic]) in diagnostics.filter { $0.file != "records/llm/a.yaml" } }
        #expect(others(run.diagnostics) == others(try copy.check(keepsRecords: false, cache: false).diagnostics))
    }

    /// A KB of one record, settled on disk, and a maker of caches of its settings: by a given
    /// program, reading the cache file or only writing it.
    private static func oneRecordKB() async throws -> (kb: ScratchKB, cache: (ProgramIdentity, _ reading: Bool) -> CheckCache) {
        let kb = try ScratchKB(files: ["llm/a.yaml": ExampleDocument.record("llm/a")])
        try await Task.sleep(for: .milliseconds(1100))
        let workspace = try Workspace(directory: kb.root, today: "2026-01-01")
        let folder = kb.root.appendingPathComponent(CheckCache.folderName)
        let settings = try Self.settings(of: kb)
        return (kb, { CheckCache(folder: folder, schema: workspace.schema, settings: settings, reading: $1, program: $0) })
    }

    /// An entry for the one record of `oneRecordKB`, for a cache to write.
    private static let oneRecordEntry = [("records/llm/a.yaml", CheckCache.Entry(stamp: FileStamp(size: 1, inode: 2, modified: 3, changed: 4),
                                                                                digest: .none, digestChecksum: 0, findings: nil))]

    @Test func aCacheIsTrustedByItsProgramsStampOrElseItsBytes() async throws {
        let (kb, cache) = try await Self.oneRecordKB()
        defer { kb.remove() }
        let maker = ProgramIdentity(stamp: "built-1", checksum: { 7 })
        cache(maker, false).update(Self.oneRecordEntry, corpus: nil, runStart: FileStamp.now())
        for (program, isTrusted) in [(maker, true), (ProgramIdentity(stamp: "built-2", checksum: { 7 }), true),
                                     (ProgramIdentity(stamp: "built-1", checksum: { 8 }), true),
                                     (ProgramIdentity(stamp: "built-2", checksum: { 8 }), false)] {
            #expect(cache(program, true).entries.isEmpty != isTrusted, "\(program.stamp)")
        }
    }

    /// A run that writes the cache without reading it (`build`) takes the program's checksum
    /// from the header its own program wrote, and works it out (reading the whole program) only
    /// when another program wrote the cache, or none did.
    @Test func theProgramsChecksumIsWorkedOutOnlyWhenTheCacheDoesNotGiveIt() async throws {
        let (kb, cache) = try await Self.oneRecordKB()
        defer { kb.remove() }
        let counted = Mutex(0)
        let program = { (stamp: String) in ProgramIdentity(stamp: stamp, checksum: { counted.withLock { $0 += 1 }; return 7 }) }
        for (stamp, worksItOut) in [("built-1", true), ("built-1", false), ("built-2", true), ("built-2", false)] {
            let before = counted.withLock { $0 }
            cache(program(stamp), false).update(Self.oneRecordEntry, corpus: nil, runStart: FileStamp.now())
            #expect((counted.withLock { $0 } > before) == worksItOut, "\(stamp)")
        }
        // What it took from the header is the checksum a program of another stamp trusts.
        #expect(!cache(ProgramIdentity(stamp: "built-3", checksum: { 7 }), true).entries.isEmpty)
    }

    /// A cache its program knew only by its bytes is written again by the next run, even one
    /// over one file that changed nothing, so that the runs after it know the program by its
    /// stamp and do not read all of it.
    @Test func aCacheKnownByTheProgramsBytesIsWrittenAgainUnderItsStamp() async throws {
        let (kb, cache) = try await Self.oneRecordKB()
        defer { kb.remove() }
        let counted = Mutex(0)
        let program = { (stamp: String) in ProgramIdentity(stamp: stamp, checksum: { counted.withLock { $0 += 1 }; return 7 }) }
        cache(program("built-1"), false).update(Self.oneRecordEntry, corpus: nil, runStart: FileStamp.now())
        for (stamp, worksItOut) in [("built-2", true), ("built-2", false), ("built-2", false)] {
            let before = counted.withLock { $0 }
            let run = cache(program(stamp), true)
            #expect(run.entries.count == 1)
            let unchanged = run.entries.map { (file: $0.key, entry: $0.value) }
            run.update(unchanged, unchangedCount: unchanged.count, others: [], corpus: nil, runStart: FileStamp.now(), coversKB: false)
            #expect((counted.withLock { $0 } > before) == worksItOut, "\(stamp)")
        }
    }

    /// Rewriting every entry for the sake of one costs more than checking that file again.
    @Test func lintingOneEditedFileOfAManyFileKBLeavesTheCacheUnwritten() async throws {
        let count = CheckCache.rewriteRatio + 6
        var files: [String: String] = [:]
        for index in 0..<count { files["llm/r\(index).yaml"] = ExampleDocument.record("llm/r\(index)") }
        let kb = try ScratchKB(files: files)
        defer { kb.remove() }
        try await Task.sleep(for: .milliseconds(1100))
        _ = try kb.check(keepsRecords: false)
        let file = try Self.cacheFile(of: kb)
        let written = try Data(contentsOf: file)
        #expect(try Self.cache(of: kb).entries.count == count)

        try kb.write(ExampleDocument.record("llm/r0", leadsTo: "llm/missing"), to: "records/llm/r0.yaml")
        try await Task.sleep(for: .milliseconds(1100))
        for _ in 0..<2 {
            let run = try kb.check(paths: ["records/llm/r0.yaml"], keepsRecords: false)
            #expect(run.diagnostics.contains { $0.rule == "unknown-error-id" })
            #expect(try Data(contentsOf: file) == written)
        }
        // A run over the whole KB writes what it learned.
        _ = try kb.check(keepsRecords: false)
        #expect(try Data(contentsOf: file) != written)
        #expect(try Self.cache(of: kb).entries.count == count)
    }

    @Test func aDeletedFileLeavesTheCacheAndANewOneEntersOnceSettled() async throws {
        let kb = try ScratchKB(files: ["llm/a.yaml": ExampleDocument.record("llm/a"), "llm/b.yaml": ExampleDocument.record("llm/b"),
                                       "llm/c.yaml": ExampleDocument.record("llm/c")])
        defer { kb.remove() }
        try await Task.sleep(for: .milliseconds(1100))
        _ = try kb.check(keepsRecords: false)
        #expect(try Self.cache(of: kb).entries.count == 3)
        // As many files as before: c gone, d new but written just now, so not cached yet.
        try FileManager.default.removeItem(at: kb.root.appendingPathComponent("records/llm/c.yaml"))
        try kb.write(ExampleDocument.record("llm/d"), to: "records/llm/d.yaml")
        _ = try kb.check(keepsRecords: false)
        #expect(try Self.cache(of: kb).entries.keys.sorted() == ["records/llm/a.yaml", "records/llm/b.yaml"])
        try await Task.sleep(for: .milliseconds(1100))
        _ = try kb.check(keepsRecords: false)
        #expect(try Self.cache(of: kb).entries.keys.sorted() == ["records/llm/a.yaml", "records/llm/b.yaml", "records/llm/d.yaml"])
    }

    @Test func findingsStandOnOtherDaysUntilADateComparisonWouldTurn() async throws {
        // Confirmed 2025-12-01: not stale until 2026-12-01 (365 days), and no date after today
        // from 2025-12-01 on.
        let recent = ExampleDocument.record("llm/a").replacingOccurrences(of: "'2024-06-01'", with: "'2025-12-01'")
        let kb = try ScratchKB(files: ["llm/a.yaml": recent])
        defer { kb.remove() }
        try await Task.sleep(for: .milliseconds(1100))
        _ = try kb.check(keepsRecords: false)
        let cache = try Self.cache(of: kb)
        let a = try #require(cache.entries["records/llm/a.yaml"])
        #expect(a.findings?.days == CalendarDate("2025-12-01")!.dayNumber...CalendarDate("2026-12-01")!.dayNumber)
        let planted = Diagnostic(rule: "empty-text", severity: .warning, file: "records/llm/a.yaml", span: SourceSpan(at: .fileStart),
                                 message: "planted in the cache")
        let findings = FileFindings(diagnostics: [planted], suppressions: nil, days: try #require(a.findings?.days))
        try Self.rewrite(cache, of: kb, entries: ["records/llm/a.yaml": CheckCache.Entry(stamp: a.stamp, digest: a.digest,
                                                                                          digestChecksum: a.digestChecksum, findings: findings)],
                         corpus: cache.corpus)
        for (day, isReused) in [("2026-06-01", true), ("2026-12-01", true), ("2026-12-02", false), ("2025-11-30", false)] {
            let run = try kb.check(today: day, keepsRecords: false)
            #expect(run.diagnostics.contains(planted) == isReused, "\(day)")
            if !isReused { #expect(run.diagnostics == (try kb.check(today: day, keepsRecords: false, cache: false)).diagnostics, "\(day)") }
        }
        // Checked again on a day outside its window, the file's new findings and days are kept:
        // on 2025-11-30 its dates are after today, a finding that names the day.
        let day = CalendarDate("2025-11-30")!.dayNumber
        #expect(try Self.cache(of: kb).entries["records/llm/a.yaml"]?.findings?.days == day...day)
    }
}
