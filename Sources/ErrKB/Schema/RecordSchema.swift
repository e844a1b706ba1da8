import Foundation

/// `schema/record.schema.json`, read once per run: the validator, the shape tree that types
/// scalars and orders keys, and the version written into bundles.
public struct RecordSchema: Sendable {
    public let document: JSONValue
    public let shape: SchemaShape
    public let validator: JSONSchema
    /// `x-schema-version`, written into the bundle's manifest.
    public let version: String

    public init(document: JSONValue) throws(SchemaError) {
        self.document = document
        self.shape = SchemaShape.compile(document)
        self.validator = try JSONSchema(document, options: JSONSchema.Options(assertsFormat: true))
        self.version = document["x-schema-version"]?.stringValue ?? "unversioned"
    }

    /// Reads and compiles the schema; any problem stops the run (exit 2).
    public static func load(from url: URL) throws(RunError) -> RecordSchema {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw .unreadableSchema(path: url.path, reason: "cannot read it; run errkb inside the KB repository, or pass --config")
        }
        do {
            return try RecordSchema(document: JSONValue.parse(jsonText: text))
        } catch let error as JSONSyntaxError {
            throw .unreadableSchema(path: url.path, reason: "\(error.location.line):\(error.location.column): \(error.message)")
        } catch let error as SchemaError {
            throw .unreadableSchema(path: url.path, reason: error.message)
        } catch {
            throw .unreadableSchema(path: url.path, reason: "\(error)")
        }
    }

    /// Schema violations of `record` as diagnostics at the offending value (or key).
    func diagnostics(for record: TypedRecord) -> [Diagnostic] {
        let violations = validator.validate(record.value)
        guard !violations.isEmpty else { return [] }
        // A value that breaks its format and its pattern (`2023-2-1` for a date) is told once,
        // by the format, which says more than the regex.
        let misformatted = Set(violations.filter { $0.keyword == "format" }.map(\.instancePath))
        return violations.filter { $0.keyword != "pattern" || !misformatted.contains($0.instancePath) }.map { violation in
            let rule = ruleID(for: violation)
            let onKey = rule == SchemaRuleIDs.unknownKey
            return Diagnostic(
                rule: rule, severity: .error, file: record.file,
                span: record.span(at: violation.instancePath, onKey: onKey), path: violation.instancePath,
                record: record.id, message: violation.message, hint: violation.hint)
        }
    }

    /// Structural keywords have ids of their own; a broken value constraint takes the `x-rule`
    /// of its place in the schema (`rate-range`, `date-format`) when there is one.
    private func ruleID(for violation: SchemaViolation) -> RuleID {
        switch violation.keyword {
        case "type": return SchemaRuleIDs.type
        case "required": return SchemaRuleIDs.required
        case "additionalProperties", "unevaluatedProperties": return SchemaRuleIDs.unknownKey
        case "enum", "const": return SchemaRuleIDs.enumValue
        default: break
        }
        if let rule = shape.shape(at: violation.instancePath).rule { return rule }
        switch violation.keyword {
        case "minLength", "maxLength": return SchemaRuleIDs.length
        case "pattern": return SchemaRuleIDs.pattern
        case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum": return SchemaRuleIDs.range
        case "format": return SchemaRuleIDs.format
        default: return SchemaRuleIDs.constraint
        }
    }
}

/// Ids of the schema's own checks.
enum SchemaRuleIDs {
    static let type: RuleID = "schema-type"
    static let required: RuleID = "schema-required"
    static let unknownKey: RuleID = "schema-unknown-key"
    static let enumValue: RuleID = "schema-enum"
    static let length: RuleID = "schema-length"
    static let pattern: RuleID = "schema-pattern"
    static let range: RuleID = "schema-range"
    static let format: RuleID = "schema-format"
    static let constraint: RuleID = "schema-constraint"
}
