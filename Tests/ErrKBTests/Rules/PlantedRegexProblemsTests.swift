import Foundation
import Testing
@testable import ErrKB

/// A KB with one planted regex problem per record gets exactly the expected regex findings.
@Suite struct PlantedRegexProblemsTests {
    private static func record(_ id: String, signature: String, regex: String) -> String {
        ExampleDocument(fragment: "id: \(id)\nsignature: '\(signature)'\nregex: '\(regex)'").text
    }

    /// The regex findings of a KB of `records` (file name → text), each as `describe` words it, sorted.
    private static func regexFindings(_ records: [String: String], _ describe: (Diagnostic) -> String) throws -> [String] {
        let kb = try ScratchKB(files: records)
        defer { kb.remove() }
        return try kb.check().diagnostics.filter { $0.rule.rawValue.hasPrefix("regex-") }.map(describe).sorted()
    }

    @Test func eachPlantedProblemIsFoundOnceAndNothingElse() throws {
        let longA = String(repeating: "a", count: 3_000)
        let findings = try Self.regexFindings([
            "llm/clean.yaml": Self.record("llm/clean", signature: "Error: quota exhausted for project", regex: "quota exhausted"),
            "llm/self.yaml": Self.record("llm/self", signature: "Error: Model Overloaded", regex: "model overloaded"),
            "llm/catastrophic.yaml": Self.record("llm/catastrophic", signature: "Error: \(longA)", regex: "Error: (a+)+$"),
            "llm/broad.yaml": Self.record("llm/broad", signature: "Error: server busy", regex: "server busy|"),
            "llm/a.yaml": Self.record("llm/a", signature: "Error: rate limit exceeded", regex: "limit exceeded"),
            "llm/b.yaml": Self.record("llm/b", signature: "Error: token limit exceeded", regex: "token limit exceeded"),
        ]) { "\($0.file) \($0.rule) \($0.path)" }
        #expect(findings == [
            "records/llm/a.yaml regex-ambiguous /regex",
            "records/llm/b.yaml regex-ambiguous /signature",
            "records/llm/broad.yaml regex-too-broad /regex",
            "records/llm/catastrophic.yaml regex-catastrophic /regex",
            "records/llm/self.yaml regex-self-match /regex",
        ])
    }

    /// Patterns built to exhaust a matcher or an analysis each get a finding, not a hang or a crash.
    @Test func hostilePatternsAreReportedNotRunForever() throws {
        let long = "Error: " + String(repeating: "a", count: 2_000) + "!"
        let alternation = "(" + (0..<2_000).map { "word\($0)x" }.joined(separator: "|") + ")+$"
        let nested = String(repeating: "(", count: 60) + "a" + String(repeating: ")*", count: 60) + "$"
        let findings = try Self.regexFindings([
            "llm/alternation.yaml": Self.record("llm/alternation", signature: long, regex: alternation),
            "llm/nested.yaml": Self.record("llm/nested", signature: long, regex: nested),
            "llm/backreference.yaml": Self.record("llm/backreference", signature: long, regex: "^(a+)+\\1$"),
        ]) { "\($0.file) \($0.rule)" }
        #expect(findings == [
            "records/llm/alternation.yaml regex-self-match",
            "records/llm/backreference.yaml regex-catastrophic",
            "records/llm/backreference.yaml regex-self-match",
            "records/llm/nested.yaml regex-catastrophic",
            "records/llm/nested.yaml regex-self-match",
            "records/llm/nested.yaml regex-too-broad",
        ])
    }
}
