/// One compiled subschema: keyword values parsed once, subschemas referred to by index.
/// `SchemaCompiler` fills it; `CompiledSchemaNode` freezes it for the validator.
struct SchemaNode: Sendable {
    /// Boolean schemas and schemas with keywords.
    enum Kind: Sendable { case alwaysValid, alwaysInvalid, keywords }

    /// A `$dynamicRef`: its static target, and the anchor name when the target is a bookend.
    struct DynamicRef: Sendable {
        var target: Int
        var anchor: String?
    }

    var kind: Kind = .keywords
    /// The schema resource (`$id` scope) this node belongs to, an index into `JSONSchema.resources`.
    var resource = 0
    /// Where the node sits in the schema, for compile errors (`#/properties/id`).
    var location = ""

    var types: SchemaTypes?
    /// `type` as written, for messages.
    var typeNames: [String] = []
    var enumValues: [JSONValue]?
    var constValue: JSONValue?
    var multipleOf: Double?
    var minimum: Double?
    var maximum: Double?
    var exclusiveMinimum: Double?
    var exclusiveMaximum: Double?
    var minLength: Int?
    var maxLength: Int?
    var pattern: SchemaPattern?
    var format: String?

    var minItems: Int?
    var maxItems: Int?
    var uniqueItems = false
    var contains: Int?
    var minContains: Int?
    var maxContains: Int?
    var prefixItems: [Int] = []
    var items: Int?
    var unevaluatedItems: Int?

    var minProperties: Int?
    var maxProperties: Int?
    var required: [String] = []
    var dependentRequired: [(key: String, required: [String])] = []
    var dependentSchemas: [(key: String, schema: Int)] = []
    var properties: [String: Int] = [:]
    /// Property names in written order, for "did you mean" and "allowed keys" hints.
    var propertyNames: [String] = []
    var patternProperties: [(pattern: SchemaPattern, schema: Int)] = []
    var additionalProperties: Int?
    var propertyNamesSchema: Int?
    var unevaluatedProperties: Int?

    var allOf: [Int] = []
    var anyOf: [Int] = []
    var oneOf: [Int] = []
    var not: Int?
    var ifSchema: Int?
    var thenSchema: Int?
    var elseSchema: Int?
    var ref: Int?
    var dynamicRef: DynamicRef?
    /// The custom `x-hint` keyword: the hint for violations this node reports at its own location.
    var hint: String?

    /// Whether this node reads annotations from its in-place subschemas.
    var tracksEvaluation: Bool { unevaluatedProperties != nil || unevaluatedItems != nil }

    init(kind: Kind = .keywords) { self.kind = kind }
}
