/// A rule: a description and, for rules that check something themselves, a check.
///
/// Rules whose problems the loader, the typer or the schema validator find (syntax, duplicate
/// key, wrong type) conform to `Rule` alone: they exist so every id a user sees can be explained.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    /// This rule as a record rule, when it is one. Answered by the protocol extensions below, so
    /// `AllRules` sorts its list without dynamic casts: each `as? any RecordRule.Type` of a rule
    /// that is not one searched every protocol conformance of the process, some 200,000
    /// instructions, and a run asked it of every rule.
    static var asRecordRule: (any RecordRule.Type)? { get }
    /// This rule as a corpus rule, when it is one.
    static var asCorpusRule: (any CorpusRule.Type)? { get }
}

extension Rule {
    public static var asRecordRule: (any RecordRule.Type)? { nil }
    public static var asCorpusRule: (any CorpusRule.Type)? { nil }
}

extension RecordRule {
    public static var asRecordRule: (any RecordRule.Type)? { self }
}

extension CorpusRule {
    public static var asCorpusRule: (any CorpusRule.Type)? { self }
}

/// A rule over one typed record; runs in parallel across records.
public protocol RecordRule: Rule {
    init()
    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport)
}

/// A rule over every record of the KB at once (unique ids, dangling references). It sees each
/// record's digest, not its tree, so the KB's trees need not all stay in memory.
public protocol CorpusRule: Rule {
    init()
    func check(_ records: [RecordDigest], context: RuleContext, into report: inout RuleReport)
}

/// A corpus rule that matches records' regexes against each other's texts: a run with one works
/// out each digest's required regex literals while the record is loaded.
public protocol CrossMatchingRule: CorpusRule {}
