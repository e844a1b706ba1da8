import Foundation
import Testing
@testable import ErrKB

/// `translate-check --since REV` in a scratch git repository.
@Suite struct StaleTranslationsTests {
    static let seed = ExampleDocument.baseText
    static let englishCause = "resulting in a truncated response."
    static let chineseCause = "导致响应被截断。"

    private func committedKB() throws -> ScratchKB {
        let kb = try ScratchKB(files: [RuleExample.defaultFile: Self.seed])
        try #require(kb.commitAll(), "git is needed for --since")
        return kb
    }

    private func translateCheck(_ kb: ScratchKB, since: String?) throws(RunError) -> CheckResult {
        try translateCheckWithCoverage(kb, since: since).result
    }

    private func translateCheckWithCoverage(_ kb: ScratchKB, since: String?) throws(RunError) -> (result: CheckResult, coverage: TranslationCoverage) {
        let workspace = try Workspace(directory: kb.root, today: "2026-01-01")
        return try Engine.translateCheck(workspace.request(paths: [], directory: kb.root, groups: CheckRequest.translateGroups), since: since)
    }

    private func editEnglishCause(_ kb: ScratchKB) throws {
        try kb.write(Self.seed.replacingOccurrences(of: Self.englishCause, with: "resulting in a cut-off response."),
                     to: "records/" + RuleExample.defaultFile)
    }

    @Test func englishEditedAloneIsReportedAtTheChinese() throws {
        let kb = try committedKB()
        defer { kb.remove() }
        try editEnglishCause(kb)
        let stale = try translateCheck(kb, since: "HEAD").diagnostics.filter { $0.rule == "i18n-stale" }
        #expect(stale.map(\.path.description) == ["/root_cause_zh"])
        #expect(stale.first?.message == "root_cause changed since HEAD but root_cause_zh did not")
    }

    /// Only files git lists as changed are read at the revision: a change committed since it
    /// counts as much as one in the working tree.
    @Test func anEditCommittedSinceTheRevisionIsReported() throws {
        let kb = try committedKB()
        defer { kb.remove() }
        try editEnglishCause(kb)
        try #require(kb.git(["commit", "-q", "-a", "-m", "edit"]))
        #expect(try translateCheck(kb, since: "HEAD").diagnostics.isEmpty)
        let stale = try translateCheck(kb, since: "HEAD~1").diagnostics.filter { $0.rule == "i18n-stale" }
        #expect(stale.map(\.path.description) == ["/root_cause_zh"])
    }

    @Test func aStaleChineseCountsAsSuspectInTheCoverage() throws {
        let kb = try committedKB()
        defer { kb.remove() }
        try editEnglishCause(kb)
        let rootCause = try translateCheckWithCoverage(kb, since: "HEAD").coverage.fields.first { $0.name == "root_cause" }
        #expect(rootCause?.counts == TranslationCoverage.Counts(translated: 1, missing: 0, suspect: 1))
        let unchecked = try translateCheckWithCoverage(kb, since: nil).coverage.fields.first { $0.name == "root_cause" }
        #expect(unchecked?.counts == TranslationCoverage.Counts(translated: 1, missing: 0, suspect: 0))
    }

    @Test func bothEditedIsNotReported() throws {
        let kb = try committedKB()
        defer { kb.remove() }
        try kb.write(Self.seed.replacingOccurrences(of: Self.englishCause, with: "resulting in a cut-off response.")
                        .replacingOccurrences(of: Self.chineseCause, with: "导致响应被切断。"),
                     to: "records/" + RuleExample.defaultFile)
        #expect(try translateCheck(kb, since: "HEAD").diagnostics.isEmpty)
    }

    @Test func aBadRevisionOrNoRepositoryIsARunError() throws {
        let kb = try committedKB()
        defer { kb.remove() }
        #expect(throws: RunError.self) { try translateCheck(kb, since: "no-such-revision") }
        let plain = try ScratchKB(files: [RuleExample.defaultFile: Self.seed])
        defer { plain.remove() }
        #expect(throws: RunError.self) { try translateCheck(plain, since: "HEAD") }
    }
}
