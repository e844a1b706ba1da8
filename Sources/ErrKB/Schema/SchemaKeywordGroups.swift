/// Which of the validator's keyword groups a schema node has any keyword of. A group that is
/// absent has nothing to check, whatever the instance: its validator function would only read
/// empty keywords.
struct SchemaKeywordGroups: OptionSet, Sendable {
    let rawValue: UInt8

    /// `enum`, `const`, the numeric and string keywords, `format` (`validateScalar`).
    static let scalar = SchemaKeywordGroups(rawValue: 1 << 0)
    /// The object keywords `validateObject` reads.
    static let object = SchemaKeywordGroups(rawValue: 1 << 1)
    /// The array keywords `validateArray` reads.
    static let array = SchemaKeywordGroups(rawValue: 1 << 2)
    /// `allOf`, `anyOf`, `oneOf`, `not`, `if` (`validateApplicators`).
    static let applicators = SchemaKeywordGroups(rawValue: 1 << 3)
    static let all: SchemaKeywordGroups = [.scalar, .object, .array, .applicators]

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init(of node: SchemaNode) {
        self = []
        let numeric: [Double?] = [node.multipleOf, node.minimum, node.maximum, node.exclusiveMinimum, node.exclusiveMaximum]
        if node.enumValues != nil || node.constValue != nil || numeric.contains(where: { $0 != nil })
            || node.minLength != nil || node.maxLength != nil || node.pattern != nil || node.format != nil {
            insert(.scalar)
        }
        let objectSchemas: [Int?] = [node.additionalProperties, node.propertyNamesSchema]
        if node.minProperties != nil || node.maxProperties != nil || !node.required.isEmpty || !node.dependentRequired.isEmpty
            || !node.dependentSchemas.isEmpty || !node.properties.isEmpty || !node.patternProperties.isEmpty
            || objectSchemas.contains(where: { $0 != nil }) {
            insert(.object)
        }
        if node.minItems != nil || node.maxItems != nil || node.uniqueItems || node.contains != nil || !node.prefixItems.isEmpty
            || node.items != nil {
            insert(.array)
        }
        if !node.allOf.isEmpty || !node.anyOf.isEmpty || !node.oneOf.isEmpty || node.not != nil || node.ifSchema != nil {
            insert(.applicators)
        }
    }
}
