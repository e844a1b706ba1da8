import Foundation
import Testing
@testable import ErrKB

/// `errkb stats` run as a user runs it: figures on standard output, problems on standard error,
/// exit status 0, 1 or 2 as DESIGN.md gives them.
@Suite struct StatsCommandTests {
    @Test func cleanKBPrintsTheTableAndExitsZero() throws {
        let kb = try ScratchKB(files: StatsFixture.files)
        defer { kb.remove() }
        let out = try CLIRunner.run(["stats", "--today", StatsFixture.today], in: kb.root)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("errkb stats: 4 records from 4 files, as of 2026-01-01\n"))
        #expect(out.stderr.isEmpty)
    }

    @Test func brokenFileStillGivesStatsOfWhatLoadedAndExitsOne() throws {
        var files = StatsFixture.files
        files["llm/broken.yaml"] = "id: llm/broken\nsignature: [unclosed\n"
        let kb = try ScratchKB(files: files)
        defer { kb.remove() }
        let out = try CLIRunner.run(["stats", "--format", "json", "--today", StatsFixture.today], in: kb.root)
        #expect(out.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        #expect(json["files"] as? Int == 5)
        #expect(json["records"] as? Int == 4)
        #expect(out.stderr.contains("records/llm/broken.yaml:"))
        #expect(out.stderr.contains("error[yaml-syntax]"))
    }

    @Test func usageErrorsExitTwo() throws {
        let kb = try ScratchKB(files: StatsFixture.files)
        defer { kb.remove() }
        #expect(try CLIRunner.run(["stats", "--format", "csv"], in: kb.root).status == 2)
        #expect(try CLIRunner.run(["stats", "--today", "2026-13-01"], in: kb.root).status == 2)
    }

    @Test func markdownStartsWithAHeading() throws {
        let kb = try ScratchKB(files: StatsFixture.files)
        defer { kb.remove() }
        let out = try CLIRunner.run(["stats", "--format", "markdown", "--today", StatsFixture.today], in: kb.root)
        #expect(out.status == 0)
        #expect(out.stdout.hasPrefix("## Knowledge base statistics\n"))
    }
}
