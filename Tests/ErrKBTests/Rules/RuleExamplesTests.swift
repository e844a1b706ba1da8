import Foundation
import Testing
@testable import ErrKB

/// Runs every rule's examples: a passing example raises nothing from its rule; a failing one
/// raises the rule at the `↓` position, and again one line lower behind a Chinese comment line
/// (catching byte-versus-character column mistakes).
@Suite struct RuleExamplesTests {
    static let ruleIDs = AllRules.all.map { $0.description.id.rawValue }

    @Test(arguments: ruleIDs)
    func examplesBehaveAsDescribed(_ id: String) throws {
        let description = try #require(AllRules.description(of: RuleID(id)))
        for example in description.examples {
            try check(example, of: description, prefix: "")
            if example.kind == .fails { try check(example, of: description, prefix: "# 中文注释：示例\n") }
        }
    }

    private func check(_ example: RuleExample, of rule: RuleDescription, prefix: String) throws {
        var files: [String: String] = [:]
        var markers: [String: ErrKB.SourceLocation] = [:]
        for (name, fragment) in example.files {
            let document = ExampleDocument(fragment: fragment, prefix: prefix)
            files[name] = document.text
            markers[name] = document.marker
        }
        let kb = try ScratchKB(files: files, config: example.config)
        defer { kb.remove() }
        let found = try kb.check().diagnostics.filter { $0.rule == rule.id }
        let shown = found.map { "\($0.file):\($0.line):\($0.column): \($0.message)" }
        switch example.kind {
        case .passes:
            #expect(found.isEmpty, "\(rule.id) passing example raised: \(shown)\n\(files)")
        case .fails:
            #expect(!found.isEmpty, "\(rule.id) failing example raised nothing\n\(files)")
            for (name, marker) in markers {
                let expected = "records/\(name)"
                #expect(found.contains { $0.file == expected && $0.location == marker },
                        "\(rule.id): expected at \(expected):\(marker.line):\(marker.column), got \(shown)")
            }
        }
    }
}
