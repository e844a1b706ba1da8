import Foundation
import Testing
@testable import ErrKB

/// `errkb translate-check` run as a user runs it.
@Suite struct TranslateCheckCommandTests {
    @Test func cleanSeedPrintsTheSummaryThenCoverage() throws {
        let kb = try ScratchKB(files: [RuleExample.defaultFile: ExampleDocument.baseText])
        defer { kb.remove() }
        let out = try CLIRunner.run(["translate-check", "--color", "never"], in: kb.root)
        #expect(out.status == 0, "\(out.stdout)\(out.stderr)")
        #expect(out.stdout == """
            0 errors, 0 warnings in 1 file (1 record checked)
            translation coverage (pairs)    translated  missing  suspect
              signature                               1        0        0
              root_cause                              1        0        0
              workarounds                             2        0        0
              domain llm                              4        0        0

            """)
    }

    @Test func jsonFormatHasNoCoverageTable() throws {
        let kb = try ScratchKB(files: [RuleExample.defaultFile: ExampleDocument.baseText])
        defer { kb.remove() }
        let out = try CLIRunner.run(["translate-check", "--format", "json"], in: kb.root)
        #expect(out.status == 0)
        #expect(!out.stdout.contains("translation coverage"))
    }

    @Test func sinceOutsideAGitRepositoryExitsTwo() throws {
        let kb = try ScratchKB(files: [RuleExample.defaultFile: ExampleDocument.baseText])
        defer { kb.remove() }
        let out = try CLIRunner.run(["translate-check", "--since", "HEAD"], in: kb.root)
        #expect(out.status == 2)
        #expect(out.stderr.contains("--since needs a git repository"))
    }
}
