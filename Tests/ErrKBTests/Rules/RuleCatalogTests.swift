import Foundation
import Testing
@testable import ErrKB

/// Guards the hand-written rule list: every rule file registered, ids unique and well-formed,
/// type names paired with ids, descriptions complete.
@Suite struct RuleCatalogTests {
    /// Rules whose problem no YAML example can produce (the file system or a size limit makes
    /// them); each is tested where it is found instead (Load tests).
    static let rulesWithoutFailingExample: Set<RuleID> = [
        "file-encoding", "file-empty", "file-name-collision", "file-too-large", "file-unreadable", "json-syntax",
        "scalar-too-long", "symlink-escape", "too-many-diagnostics", "schema-format", "schema-constraint",
        "i18n-stale",  // needs a git history; tested in Translation/StaleTranslationsTests
    ]

    @Test func everyRuleFileIsRegistered() throws {
        let folder = RepositoryPaths.root.appendingPathComponent("Sources/ErrKB/Rules")
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        let ruleTypes = files.filter { $0.hasSuffix("Rule.swift") && !$0.hasSuffix("/Rule.swift") && $0 != "Rule.swift" }
            .map { String($0.split(separator: "/").last!.dropLast(".swift".count)) }
        let registered = Set(AllRules.all.map { String(describing: $0) })
        for type in ruleTypes { #expect(registered.contains(type), "\(type) is not in AllRules.swift") }
        #expect(ruleTypes.count == registered.count)
    }

    /// The check cache keeps a file's findings on other days only inside the window the rules
    /// that compare with today narrow (`TodayWindow`): a rule that reads today must say so.
    @Test func everyRuleThatReadsTodayNarrowsTheWindow() throws {
        let folder = RepositoryPaths.root.appendingPathComponent("Sources/ErrKB/Rules")
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        var readers: [String] = []
        for file in files where file.hasSuffix("Rule.swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            guard text.contains("context.today") else { continue }
            readers.append(file)
            #expect(text.contains("context.findingsHold"), "\(file) reads today but does not narrow the findings' days")
        }
        #expect(readers.sorted() == ["Dates/DateOrderRule.swift", "Quality/StaleRecordRule.swift"])
    }

    @Test func idsAreUniqueSortedAndPairedWithTypeNames() {
        let ids = AllRules.all.map { $0.description.id.rawValue }
        #expect(Set(ids).count == ids.count, "duplicate rule ids")
        #expect(ids == ids.sorted(), "AllRules.swift must stay sorted by id")
        for rule in AllRules.all {
            let name = String(describing: rule).dropLast("Rule".count)
            let kebab = name.reduce(into: "") { text, character in
                if character.isUppercase, !text.isEmpty { text += "-" }
                text += character.lowercased()
            }
            #expect(kebab == rule.description.id.rawValue, "\(rule) should have id \(kebab)")
        }
    }

    @Test func descriptionsAreComplete() {
        for rule in AllRules.all.map({ $0.description }) {
            #expect(!rule.summary.hasSuffix("."), "\(rule.id): summary ends with a period")
            #expect(!rule.summary.contains("\n"), "\(rule.id): summary spans lines")
            #expect(!rule.rationale.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(rule.id): empty rationale")
            #expect(rule.examples.contains { $0.kind == .passes }, "\(rule.id): no passing example")
            if !Self.rulesWithoutFailingExample.contains(rule.id) {
                #expect(rule.examples.contains { $0.kind == .fails }, "\(rule.id): no failing example")
            }
        }
    }

    @Test func everyValidateRuleIsSilentOnTheBaseRecord() throws {
        let kb = try ScratchKB(files: [RuleExample.defaultFile: ExampleDocument.baseText])
        defer { kb.remove() }
        let result = try kb.check(groups: CheckRequest.validateGroups)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }
}
