import Testing
@testable import ErrKB

/// `asRecordRule` and `asCorpusRule` give what a dynamic cast gives, for every rule.
@Suite struct RuleScopeTests {
    @Test(arguments: AllRules.all.map { RuleType(type: $0) })
    func scopesMatchDynamicCasts(_ rule: RuleType) {
        let record = (rule.type as? any RecordRule.Type).map { ObjectIdentifier($0) }
        let corpus = (rule.type as? any CorpusRule.Type).map { ObjectIdentifier($0) }
        #expect(rule.type.asRecordRule.map { ObjectIdentifier($0) } == record)
        #expect(rule.type.asCorpusRule.map { ObjectIdentifier($0) } == corpus)
    }

    /// A rule type as a test argument, shown by its id.
    struct RuleType: CustomStringConvertible, Sendable {
        let type: any Rule.Type
        var description: String { type.description.id.description }
    }
}
