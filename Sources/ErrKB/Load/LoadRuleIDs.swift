/// Ids of the problems found while reading a file, before any schema is applied.
extension RuleID {
    public static let yamlSyntax: RuleID = "yaml-syntax"
    public static let yamlDuplicateKey: RuleID = "yaml-duplicate-key"
    public static let yamlAnchor: RuleID = "yaml-anchor"
    public static let yamlTag: RuleID = "yaml-tag"
    public static let yamlMultipleDocuments: RuleID = "yaml-multiple-documents"
    public static let yamlComplexKey: RuleID = "yaml-complex-key"
    public static let jsonSyntax: RuleID = "json-syntax"
    public static let fileEncoding: RuleID = "file-encoding"
    public static let fileEmpty: RuleID = "file-empty"
    public static let fileTooLarge: RuleID = "file-too-large"
    public static let fileUnreadable: RuleID = "file-unreadable"
    public static let nestingTooDeep: RuleID = "nesting-too-deep"
    public static let scalarTooLong: RuleID = "scalar-too-long"
    public static let tooManyDiagnostics: RuleID = "too-many-diagnostics"
}
