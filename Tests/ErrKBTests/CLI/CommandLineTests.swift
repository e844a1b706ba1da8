import Foundation
import Testing
@testable import ErrKB

/// The built binary, run as a user runs it: output and exit status 0, 1 and 2.
@Suite struct CommandLineTests {
    private func kb(_ extra: [String: String] = [:]) throws -> ScratchKB {
        var files = [RuleExample.defaultFile: ExampleDocument.baseText]
        files.merge(extra) { $1 }
        return try ScratchKB(files: files)
    }

    @Test func validateOfACleanKBExitsZero() throws {
        let kb = try kb()
        defer { kb.remove() }
        let out = try CLIRunner.run(["validate", "--today", "2026-01-01"], in: kb.root)
        #expect(out.status == 0, "\(out.stdout)\(out.stderr)")
        #expect(out.stdout == "0 errors, 0 warnings in 1 file (1 record checked)\n")
    }

    @Test func noCacheLeavesNoCacheBehind() async throws {
        let kb = try kb(["llm/other.yaml": ExampleDocument(fragment: "id: llm/other").text])
        defer { kb.remove() }
        try await Task.sleep(for: .milliseconds(1100))  // files younger than a second are not cached
        // Whether the cache folder holds a cache file (one per run settings: `checks-…`).
        let hasCache = {
            (try? FileManager.default.contentsOfDirectory(atPath: kb.root.appendingPathComponent(".errkb-cache").path))?
                .contains { $0.hasPrefix("checks-") } == true
        }
        let file = "records/" + RuleExample.defaultFile
        let uncached = try CLIRunner.run(["lint", "--no-cache", "--today", "2026-01-01", file], in: kb.root)
        #expect(!hasCache())
        let cached = try CLIRunner.run(["lint", "--today", "2026-01-01", file], in: kb.root)
        #expect(hasCache())
        #expect(cached.stdout == uncached.stdout && cached.status == uncached.status)
        // The second run takes the file's findings from the cache, carets and all.
        let again = try CLIRunner.run(["lint", "--today", "2026-01-01", file], in: kb.root)
        #expect(again.stdout == uncached.stdout && again.status == uncached.status)
    }

    @Test func plantedErrorExitsOneWithCaretAndHelp() throws {
        let planted = ExampleDocument(fragment: "first_seen: 2024-05-01\nlast_confirmed: 2024-03-01").text
        let kb = try kb(["llm/planted.yaml": planted.replacingOccurrences(of: "id: llm/truncated-response-in-streaming-mode", with: "id: llm/planted")])
        defer { kb.remove() }
        let out = try CLIRunner.run(["validate", "--today", "2026-01-01", "--color", "never"], in: kb.root)
        #expect(out.status == 1)
        #expect(out.stdout.hasPrefix("""
            records/llm/planted.yaml:2:17: error[date-order]: last_confirmed 2024-03-01 is before first_seen 2024-05-01
             2 | last_confirmed: 2024-03-01
               |                 ^^^^^^^^^^
              = help: dates run first_seen ≤ last_confirmed ≤ last_updated; correct the one that is wrong
            """))
    }

    @Test func jsonOutputHasDesignShape() throws {
        let kb = try kb(["llm/bad.yaml": "id: llm/bad\n"])
        defer { kb.remove() }
        let out = try CLIRunner.run(["validate", "--format", "json", "--today", "2026-01-01"], in: kb.root)
        #expect(out.status == 1)
        let document = try JSONValue.parse(jsonText: out.stdout)
        if case .object(let members) = document { #expect(members.map(\.key) == ["tool", "diagnostics", "summary"]) }
        let first = try #require(document["diagnostics"]?.arrayValue?.first)
        if case .object(let members) = first {
            #expect(members.map(\.key) == ["rule", "severity", "file", "line", "column", "path", "record", "message", "hint"])
        }
        #expect(document["summary"]?["files"] == .integer(2))
    }

    @Test func badArgumentsAndUnreadableConfigExitTwo() throws {
        let kb = try kb()
        defer { kb.remove() }
        #expect(try CLIRunner.run(["validate", "--format", "xml"], in: kb.root).status == 2)
        #expect(try CLIRunner.run(["validate", "--today", "2026-13-01"], in: kb.root).status == 2)
        #expect(try CLIRunner.run(["validate", "no/such/path"], in: kb.root).status == 2)
        try kb.write("recrods: records\n", to: "errkb.yml")
        let out = try CLIRunner.run(["validate"], in: kb.root)
        #expect(out.status == 2)
        #expect(out.stderr.contains("did you mean 'records'?"))
        // A config that does not parse is named as file:line:column too, like every other finding.
        try kb.write("records: records\nrules:\n  date-order: [x\n", to: "errkb.yml")
        #expect(try CLIRunner.run(["validate"], in: kb.root).stderr.hasPrefix("errkb: error: cannot read config errkb.yml:4:1: unterminated flow sequence"))
    }

    /// A setting for a rule that does not exist, or one that would let a file that cannot be read
    /// pass, stops the run where it is written, as an unknown key does.
    @Test func aConfigNamingNoRuleOrTurningDownASyntaxRuleExitsTwo() throws {
        let kb = try kb()
        defer { kb.remove() }
        for (setting, says) in [("date-ordr: off", "2:9: no rule is named 'date-ordr'; did you mean 'date-order'?"),
                                ("yaml-syntax: off", "2:9: rule 'yaml-syntax' stays an error"),
                                ("file-encoding: warning", "2:9: rule 'file-encoding' stays an error")] {
            try kb.write("records: records\nrules: {\(setting)}\n", to: "errkb.yml")
            let out = try CLIRunner.run(["validate"], in: kb.root)
            #expect(out.status == 2, "\(setting)")
            #expect(out.stderr.contains("errkb.yml:" + says), "\(out.stderr)")
        }
        try kb.write("records: records\nrules: {date-order: off, yaml-tag: error}\n", to: "errkb.yml")
        #expect(try CLIRunner.run(["validate", "--today", "2026-01-01"], in: kb.root).status == 0)
    }

    @Test func buildWritesTheBundleAndRefusesOnErrors() throws {
        let kb = try kb()
        defer { kb.remove() }
        #expect(try CLIRunner.run(["build", "--out", "dist", "--today", "2026-01-01"], in: kb.root).status == 0)
        #expect(FileManager.default.fileExists(atPath: kb.root.appendingPathComponent("dist/manifest.json").path))
        try kb.write("id: llm/bad\n", to: "records/llm/bad.yaml")
        let refused = try CLIRunner.run(["build", "--out", "dist", "--today", "2026-01-01"], in: kb.root)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("build refused"))
        let partial = try CLIRunner.run(["build", "--changed", "HEAD"], in: kb.root)
        #expect(partial.status == 2)
        #expect(partial.stderr.contains("--changed does not apply to build"), "\(partial.stderr)")
    }

    @Test func importRefusesToOverwriteWithoutForce() throws {
        let seed = try #require(RepositoryPaths.seedJSON)
        let kb = try ScratchKB(files: [:])
        defer { kb.remove() }
        #expect(try CLIRunner.run(["import", seed.path], in: kb.root).status == 0)
        #expect(try CLIRunner.run(["import", seed.path], in: kb.root).status == 1)
        #expect(try CLIRunner.run(["import", "--force", seed.path], in: kb.root).status == 0)
        let missing = try CLIRunner.run(["import", "--force", seed.path, "nope.json"], in: kb.root)
        #expect(missing.status == 2)
        #expect(missing.stderr == "errkb: error: bad argument: no such file: nope.json\n")
    }

    @Test func changedChecksOnlyFilesChangedSinceTheRevision() throws {
        let kb = try kb()
        defer { kb.remove() }
        try #require(kb.commitAll(), "git is needed for --changed")
        let clean = try CLIRunner.run(["lint", "--changed", "HEAD", "--today", "2026-01-01"], in: kb.root)
        #expect(clean.status == 0)
        #expect(clean.stdout == "0 errors, 0 warnings in 0 files (0 records checked)\n")
        try kb.write("id: [\n", to: "records/llm/broken.yaml")
        let out = try CLIRunner.run(["lint", "--changed", "HEAD", "--today", "2026-01-01", "--format", "json"], in: kb.root)
        #expect(out.status == 1)
        let files = try JSONValue.parse(jsonText: out.stdout)["diagnostics"]?.arrayValue?.compactMap { $0["file"] }
        #expect(Set(files ?? []) == [.string("records/llm/broken.yaml")])
        #expect(try CLIRunner.run(["lint", "--changed", "no-such-revision"], in: kb.root).status == 2)
    }
}
