/// Every rule errkb knows, sorted by id. Adding a rule: one new file and one line here;
/// `RuleCatalogTests` names any rule file missing from this list.
public enum AllRules {
    public static let all: [any Rule.Type] = [
        AliasEqualsSignatureRule.self,
        ConfidenceEvidenceRule.self,
        DateFormatRule.self,
        DateOrderRule.self,
        DuplicateIdRule.self,
        DuplicateTagsRule.self,
        EmptyTextRule.self,
        FileEmptyRule.self,
        FileEncodingRule.self,
        FileNameCollisionRule.self,
        FileTooLargeRule.self,
        FileUnreadableRule.self,
        FinalNewlineRule.self,
        FmtDriftRule.self,
        HowRepeatsActionRule.self,
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
        KeyOrderRule.self,
        MissingDocUrlRule.self,
        MissingSourcesRule.self,
        NestingTooDeepRule.self,
        RateRangeRule.self,
        RegexAmbiguousRule.self,
        RegexCatastrophicRule.self,
        RegexSelfMatchRule.self,
        RegexSyntaxRule.self,
        RegexTooBroadRule.self,
        ResolvableRatesRule.self,
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
        SignatureWhitespaceRule.self,
        SnakeCaseRule.self,
        StaleRecordRule.self,
        SymlinkEscapeRule.self,
        TabCharacterRule.self,
        TooManyDiagnosticsRule.self,
        TrailingWhitespaceRule.self,
        UnknownErrorIdRule.self,
        UnmirroredEdgeRule.self,
        UnusedSuppressionRule.self,
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
        descriptions[id]
    }

    /// Looked up for every diagnostic of a run, so by id rather than by a search of the list.
    private static let descriptions: [RuleID: RuleDescription] =
        Dictionary(all.map { ($0.description.id, $0.description) }, uniquingKeysWith: { first, _ in first })

    public static var recordRules: [any RecordRule.Type] { all.compactMap { $0.asRecordRule } }
    public static var corpusRules: [any CorpusRule.Type] { all.compactMap { $0.asCorpusRule } }
}
