/// Every rule errkb knows, sorted by id. Adding a rule: one new file and one line here;
/// `RuleCatalogTests` names any rule file missing from this list.
public enum AllRules {
    public static let all: [any Rule.Type] = [
        DateFormatRule.self,
        DateOrderRule.self,
        DuplicateIdRule.self,
        FileEmptyRule.self,
        FileEncodingRule.self,
        FileTooLargeRule.self,
        FileUnreadableRule.self,
        I18nBracketsRule.self,
        I18nCodeRule.self,
        I18nCountRule.self,
        I18nIdentifiersRule.self,
        I18nMissingRule.self,
        I18nNotChineseRule.self,
        I18nNotEnglishRule.self,
        I18nNumbersRule.self,
        I18nPunctuationRule.self,
        I18nStaleRule.self,
        I18nUrlsRule.self,
        IdDomainRule.self,
        IdFormatRule.self,
        IdPathRule.self,
        JsonSyntaxRule.self,
        NestingTooDeepRule.self,
        RateRangeRule.self,
        RegexSyntaxRule.self,
        ScalarTooLongRule.self,
        SchemaConstraintRule.self,
        SchemaEnumRule.self,
        SchemaFormatRule.self,
        SchemaLengthRule.self,
        SchemaPatternRule.self,
        SchemaRangeRule.self,
        SchemaRequiredRule.self,
        SchemaTypeRule.self,
        SchemaUnknownKeyRule.self,
        SnakeCaseRule.self,
        SymlinkEscapeRule.self,
        TooManyDiagnosticsRule.self,
        UnknownErrorIdRule.self,
        UrlFormatRule.self,
        VersionOrderRule.self,
        VersionSpecifierRule.self,
        YamlAnchorRule.self,
        YamlComplexKeyRule.self,
        YamlDuplicateKeyRule.self,
        YamlMultipleDocumentsRule.self,
        YamlSyntaxRule.self,
        YamlTagRule.self,
    ]

    /// The description of `id`, if a rule has it.
    public static func description(of id: RuleID) -> RuleDescription? {
        all.first { $0.description.id == id }?.description
    }

    public static var recordRules: [any RecordRule.Type] { all.compactMap { $0 as? any RecordRule.Type } }
    public static var corpusRules: [any CorpusRule.Type] { all.compactMap { $0 as? any CorpusRule.Type } }
}
