/// A JSON Schema 2020-12 document compiled once and then used to validate many instances.
///
/// Compilation resolves every `$ref`, `$anchor`, `$dynamicAnchor` and embedded `$id` inside the
/// document (no remote documents are fetched) and compiles regular expressions; validation then
/// only reads, so one `JSONSchema` can validate from several threads at once.
///
/// ```swift
/// let schema = try JSONSchema(schemaValue)
/// for violation in schema.validate(record) { print(violation) }
/// ```
public final class JSONSchema: Sendable {
    /// How validation behaves beyond what the schema says.
    public struct Options: Sendable, Hashable {
        /// Whether `format` is an assertion (`date`, `uri`) rather than an annotation.
        public var assertsFormat: Bool
        /// How many subschemas may be nested during one validation before it stops, guarding the
        /// stack against `$ref` cycles and very deep instances.
        public var maxEvaluationDepth: Int

        public init(assertsFormat: Bool = false, maxEvaluationDepth: Int = 128) {
            self.assertsFormat = assertsFormat
            self.maxEvaluationDepth = maxEvaluationDepth
        }
    }

    public let options: Options
    /// The compiled subschemas; node 0 is the root.
    let nodes: [CompiledSchemaNode]
    let resources: [SchemaResource]

    /// Compiles `schema`; throws when a `$ref` cannot be resolved inside the document, a pattern
    /// is not a valid regular expression, or a keyword has a value of the wrong kind.
    public init(_ schema: JSONValue, options: Options = Options()) throws(SchemaError) {
        let compiled = try SchemaCompiler.compile(schema)
        nodes = compiled.nodes.map(CompiledSchemaNode.init)
        resources = compiled.resources
        self.options = options
    }

    /// Compiles the schema in `jsonText`.
    public convenience init(jsonText: String, options: Options = Options()) throws(SchemaError) {
        let value: JSONValue
        do {
            value = try JSONValue.parse(jsonText: jsonText)
        } catch {
            throw SchemaError("schema is not valid JSON: \(error)")
        }
        try self.init(value, options: options)
    }

    /// Every problem with `instance`, one per root cause, sorted by instance path.
    public func validate(_ instance: JSONValue) -> [SchemaViolation] {
        var validator = SchemaValidator(schema: self, isCollecting: true)
        var annotations: SchemaAnnotations?
        _ = validator.validate(0, instance, &annotations)
        return Self.deduplicated(validator.violations).sorted()
    }

    /// Whether `instance` is valid; faster than `validate` because it stops at the first problem.
    public func isValid(_ instance: JSONValue) -> Bool {
        var validator = SchemaValidator(schema: self, isCollecting: false)
        var annotations: SchemaAnnotations?
        return validator.validate(0, instance, &annotations)
    }

    /// Keeps the first violation per instance location and keyword (all `required` ones, which
    /// name different keys), so overlapping subschemas do not repeat one complaint.
    private static func deduplicated(_ violations: [SchemaViolation]) -> [SchemaViolation] {
        guard violations.count > 1 else { return violations }
        struct Key: Hashable {
            var path: JSONPointer
            var keyword: String
            var message: String
        }
        var seen = Set<Key>()
        return violations.filter { violation in
            let distinct = violation.keyword == "required" || violation.keyword == "dependentRequired"
            return seen.insert(Key(path: violation.instancePath, keyword: violation.keyword,
                                   message: distinct ? violation.message : "")).inserted
        }
    }
}
