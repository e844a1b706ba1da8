/// Collects one rule's diagnostics; positions are looked up from JSON pointers in the record.
public struct RuleReport: Sendable {
    /// Only what every diagnostic takes of the rule's description: a report is made for every
    /// rule on every record, and copying the whole description retained its fields (shared by
    /// every thread, so each retain contended for the same memory).
    public let ruleID: RuleID
    public let severity: Severity
    public private(set) var diagnostics: [Diagnostic] = []

    public init(rule: RuleDescription) {
        ruleID = rule.id
        severity = rule.defaultSeverity
    }

    /// Reports a problem with the value at `path` of `record` (or with its key, `onKey`).
    public mutating func add(_ record: TypedRecord, at path: JSONPointer, onKey: Bool = false,
                             _ message: String, hint: String? = nil, span: SourceSpan? = nil,
                             related: [Diagnostic.Related] = []) {
        diagnostics.append(Diagnostic(
            rule: ruleID, severity: severity, file: record.file,
            span: span ?? record.span(at: path, onKey: onKey), path: path, record: record.id,
            message: message, hint: hint, related: related))
    }

    /// Reports a problem with the value at `path` of the record `digest` sums up.
    public mutating func add(_ digest: RecordDigest, at path: JSONPointer, _ message: String, hint: String? = nil,
                             related: [Diagnostic.Related] = []) {
        diagnostics.append(Diagnostic(
            rule: ruleID, severity: severity, file: digest.file, span: digest.span(at: path), path: path,
            record: digest.id, message: message, hint: hint, related: related))
    }
}
