/// Collects one rule's diagnostics; positions are looked up from JSON pointers in the record.
public struct RuleReport: Sendable {
    public let rule: RuleDescription
    public private(set) var diagnostics: [Diagnostic] = []

    public init(rule: RuleDescription) { self.rule = rule }

    /// Reports a problem with the value at `path` of `record` (or with its key, `onKey`).
    public mutating func add(_ record: TypedRecord, at path: JSONPointer, onKey: Bool = false,
                             _ message: String, hint: String? = nil, span: SourceSpan? = nil,
                             related: [Diagnostic.Related] = []) {
        diagnostics.append(Diagnostic(
            rule: rule.id, severity: rule.defaultSeverity, file: record.file,
            span: span ?? record.span(at: path, onKey: onKey), path: path, record: record.id,
            message: message, hint: hint, related: related))
    }

    /// Reports a problem with the value at `path` of the record `digest` sums up.
    public mutating func add(_ digest: RecordDigest, at path: JSONPointer, _ message: String, hint: String? = nil,
                             related: [Diagnostic.Related] = []) {
        diagnostics.append(Diagnostic(
            rule: rule.id, severity: rule.defaultSeverity, file: digest.file, span: digest.span(at: path), path: path,
            record: digest.id, message: message, hint: hint, related: related))
    }
}
