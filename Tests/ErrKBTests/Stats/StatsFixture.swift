import Foundation
@testable import ErrKB

/// A small fixed KB for the stats tests: four records across two domains with every tier of
/// evidence, a missing translation, a record without sources or docs, and links between them.
enum StatsFixture {
    /// One record's YAML source.
    static func record(id: String, category: String, tier: String = "community_verified", resolvable: String = "'true'",
                       confidence: Double, fix: Double, evidence: Int, lastConfirmed: String,
                       workarounds: [(rate: Double, sourced: Bool)], translated: Bool = true, doc: Bool = true,
                       leadsTo: [String] = []) -> String {
        let domain = String(id.split(separator: "/")[0])
        var text = """
            id: \(id)
            signature: 'Error: \(id)'
            signature_zh: \(translated ? "'错误：\(id)'" : "null")
            regex: 'Error: '
            domain: \(domain)
            category: \(category)
            root_cause: The cause of \(id).
            root_cause_type: generic
            root_cause_zh: \(id) 的原因。

            """
        if !workarounds.isEmpty {
            text += "workarounds:\n"
            for (index, workaround) in workarounds.enumerated() {
                text += "- action: Fix \(index + 1)\n  success_rate: \(workaround.rate)\n"
                if workaround.sourced { text += "  sources:\n  - https://example.com/\(id)/\(index)\n" }
            }
            text += "workarounds_zh:\n" + workarounds.indices.map { "- 修复 \($0 + 1)\n" }.joined()
        }
        if !leadsTo.isEmpty {
            text += "transition_graph:\n  leads_to:\n" + leadsTo.map { "  - error_id: \($0)\n    probability: 0.5\n" }.joined()
        }
        if doc { text += "official_doc_url: https://example.com/docs/\(id)\n" }
        text += """
            verification_tier: \(tier)
            confidence: \(confidence)
            fix_success_rate: \(fix)
            resolvable: \(resolvable)
            first_seen: '2024-01-01'
            last_confirmed: '\(lastConfirmed)'
            last_updated: '\(lastConfirmed)'
            evidence_count: \(evidence)

            """
        return text
    }

    static let files: [String: String] = [
        "llm/rate-limit.yaml": record(id: "llm/rate-limit", category: "rate_limit", confidence: 0.9, fix: 0.85, evidence: 40,
                                      lastConfirmed: "2025-12-01", workarounds: [(0.9, true), (0.6, true)],
                                      leadsTo: ["llm/quota", "git/merge-conflict"]),
        "llm/quota.yaml": record(id: "llm/quota", category: "billing_error", tier: "human_verified", resolvable: "partial",
                                 confidence: 0.7, fix: 0.5, evidence: 12, lastConfirmed: "2025-03-01",
                                 workarounds: [(0.5, false)], translated: false, doc: false, leadsTo: ["llm/rate-limit"]),
        "git/merge-conflict.yaml": record(id: "git/merge-conflict", category: "vcs_error", confidence: 0.95, fix: 0.9,
                                          evidence: 150, lastConfirmed: "2024-06-01", workarounds: [(0.95, true)]),
        "git/detached-head.yaml": record(id: "git/detached-head", category: "vcs_error", tier: "expert_verified",
                                         confidence: 0.8, fix: 0.8, evidence: 7, lastConfirmed: "2025-11-20",
                                         workarounds: [], leadsTo: ["git/merge-conflict"]),
    ]

    static let today = "2026-01-01"
}
