import Foundation
import Testing
@testable import ErrKB

/// The translation rules on the seed, and on copies of it with one planted problem each.
@Suite struct TranslationRulesTests {
    static let seed = ExampleDocument.baseText

    /// The i18n diagnostics `text` raises as the seed's file.
    private func findings(_ text: String) throws -> [Diagnostic] {
        let kb = try ScratchKB(files: [RuleExample.defaultFile: text])
        defer { kb.remove() }
        return try kb.check(groups: [.translation]).diagnostics
    }

    /// The seed with `old` replaced by `new` exactly once.
    private func planted(_ old: String, _ new: String) throws -> String {
        #expect(Self.seed.components(separatedBy: old).count == 2, "'\(old)' is not in the seed exactly once")
        return Self.seed.replacingOccurrences(of: old, with: new)
    }

    @Test func theSeedPassesEveryTranslationRule() throws {
        let found = try findings(Self.seed)
        #expect(found.isEmpty, "\(found.map { "\($0.rule) \($0.path): \($0.message)" })")
    }

    @Test(arguments: [
        ("dropped workarounds_zh entry", "i18n-count", "/workarounds_zh"),
        ("changed number", "i18n-numbers", "/root_cause_zh"),
        ("lost URL", "i18n-urls", "/workarounds_zh/1"),
        ("edited code line", "i18n-code", "/workarounds_zh/0"),
        ("English left in root_cause_zh", "i18n-not-chinese", "/root_cause_zh"),
    ])
    func aPlantedProblemRaisesExactlyItsRule(_ problem: String, _ rule: String, _ path: String) throws {
        let text: String
        switch problem {
        case "dropped workarounds_zh entry":
            let start = try #require(Self.seed.range(of: "\n- |-\n  使用更健壮的HTTP客户端"))
            let end = try #require(Self.seed.range(of: "\nofficial_doc_url:"))
            text = Self.seed.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: "")
        case "changed number":
            let english = try planted("resulting in a truncated response.", "resulting in a truncated response after 30s.")
            text = english.replacingOccurrences(of: "导致响应被截断。", with: "导致响应在 60 秒后被截断。")
        case "lost URL":
            text = try planted("'https://api.openai.com/v1/chat/completions',\n              json",
                               "'https://api.example.com/v1/chat',\n              json")
        case "edited code line":
            text = try planted("\n  max_retries = 3\n", "\n  max_retries = 5\n")
        default:
            let english = "The network connection to the LLM API was interrupted mid-stream due to timeout, server restart, or proxy issues, resulting in a truncated response."
            text = try planted("root_cause_zh: 由于超时、服务器重启或代理问题，LLM API的网络连接在流传输过程中中断，导致响应被截断。",
                               "root_cause_zh: \(english)")
        }
        let found = try findings(text)
        #expect(found.map(\.rule.rawValue) == [rule], "\(problem): \(found.map { "\($0.rule) \($0.path): \($0.message)" })")
        #expect(found.first?.path.description == path)
    }

    @Test func coverageCountsTranslatedMissingAndSuspectPairs() throws {
        let kb = try ScratchKB(files: [
            RuleExample.defaultFile: Self.seed,
            "llm/untranslated.yaml": try planted("root_cause_zh: 由于超时、服务器重启或代理问题，LLM API的网络连接在流传输过程中中断，导致响应被截断。",
                                                 "root_cause_zh: null").replacingOccurrences(of: "\n  max_retries = 3\n", with: "\n  max_retries = 5\n"),
        ])
        defer { kb.remove() }
        let workspace = try Workspace(directory: kb.root, today: "2026-01-01")
        let coverage = try Engine.translateCheck(workspace.request(paths: [], directory: kb.root, groups: [.translation])).coverage
        let fields = Dictionary(uniqueKeysWithValues: coverage.fields.map { ($0.name, $0.counts) })
        #expect(fields["signature"] == .init(translated: 2, missing: 0, suspect: 0))
        #expect(fields["root_cause"] == .init(translated: 1, missing: 1, suspect: 0))
        #expect(fields["workarounds"] == .init(translated: 4, missing: 0, suspect: 1))
        #expect(coverage.domains.map(\.name) == ["llm"])
        #expect(coverage.domains.first?.counts == .init(translated: 7, missing: 1, suspect: 1))
        #expect(coverage.text.contains("domain llm"))
    }

    @Test func aChineseLocaleRecordIsCheckedOnlyForItsCount() throws {
        let text = "locale: zh\nroot_cause_zh: null\nworkarounds_zh: []\n" + Self.seed
            .replacingOccurrences(of: "\nroot_cause_zh: 由于超时、服务器重启或代理问题，LLM API的网络连接在流传输过程中中断，导致响应被截断。", with: "")
        let start = try #require(text.range(of: "\nworkarounds_zh:\n- |-"))
        let end = try #require(text.range(of: "\nofficial_doc_url:"))
        let found = try findings(text.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: ""))
        #expect(found.map(\.rule.rawValue) == ["i18n-count"])
    }
}
