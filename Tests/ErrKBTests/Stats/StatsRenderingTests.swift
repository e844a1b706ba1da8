import Foundation
import Testing
@testable import ErrKB

/// The three renderings of `errkb stats` on a fixed scratch KB, compared whole with
/// `Golden/stats.<format>`, and the table's 80-column promise.
@Suite struct StatsRenderingTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func statistics(_ files: [String: String]) throws -> KBStatistics {
        let kb = try ScratchKB(files: files)
        defer { kb.remove() }
        let workspace = try Workspace(directory: kb.root, today: StatsFixture.today)
        return try Stats.compute(workspace.request(paths: [], directory: kb.root, groups: CheckRequest.validateGroups)).statistics
    }

    @Test(arguments: StatsRenderers.all.map { $0.id })
    func renderingMatchesGolden(_ format: String) throws {
        let renderer = try #require(StatsRenderers.make(format))
        let text = renderer.render(try Self.statistics(StatsFixture.files))
        Golden.check(text, against: Self.golden.appendingPathComponent("stats.\(format)"))
    }

    @Test func aggregatesCountWhatTheFixtureHolds() throws {
        let s = try Self.statistics(StatsFixture.files)
        #expect(s.records == 4 && s.errors == 0)
        #expect(s.domains.entries.map(\.name) == ["git", "llm"])
        #expect(s.tiers.entries.map(\.count) == [0, 2, 1, 1])
        #expect(s.translation.fields.first?.counts == TranslationCoverage.Counts(translated: 3, missing: 1))
        #expect(s.workaroundSuccessRate.count == 4)
        #expect((s.freshness.fresh, s.freshness.ageing, s.freshness.stale) == (2, 1, 1))
        #expect(s.withoutSources == ["git/detached-head", "llm/quota"])
        #expect(s.withoutDocs == ["llm/quota"])
        #expect(s.mostConnected.map(\.id) == ["llm/rate-limit", "git/merge-conflict", "llm/quota", "git/detached-head"])
        #expect(s.mostConnected.first == ConnectedRecord(id: "llm/rate-limit", incoming: 1, outgoing: 2))
    }

    @Test func tableLinesFitEightyColumnsEvenWithWideText() throws {
        // A schema-breaking record still counts: its long Chinese domain and category must be cut.
        let wide = String(repeating: "数据库连接错误", count: 8)
        var files = StatsFixture.files
        files["llm/wide.yaml"] = StatsFixture.record(id: "llm/wide", category: wide, confidence: 0.5, fix: 0.5, evidence: 3,
                                                     lastConfirmed: "2025-12-01", workarounds: [(0.5, true)],
                                                     leadsTo: ["llm/" + String(repeating: "very-long-slug-", count: 6) + "end"])
        let statistics = try Self.statistics(files)
        #expect(statistics.errors > 0)
        let text = TableStatsRenderer().render(statistics)
        #expect(text.contains("数据库"))
        for line in text.split(separator: "\n") {
            let width = line.unicodeScalars.reduce(0) { $0 + $1.displayWidth }
            #expect(width <= 80, "\(width) columns: \(line)")
        }
    }

    @Test func jsonKeysComeInTheDocumentedOrder() throws {
        let text = JSONStatsRenderer().render(try Self.statistics(StatsFixture.files))
        let topLevel = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(topLevel == ["today", "files", "records", "errors", "by_domain", "by_category", "by_verification_tier",
                             "by_resolvable", "translation", "distributions", "freshness", "without_sources",
                             "without_docs", "most_connected"])
    }
}
