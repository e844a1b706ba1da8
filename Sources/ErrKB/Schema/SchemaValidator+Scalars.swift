extension SchemaValidator {
    /// `enum`, `const`, the numeric keywords, the string keywords and `format`.
    mutating func validateScalar(_ node: CompiledSchemaNode, _ instance: JSONValue) -> Bool {
        var isValid = true
        if let values = node.enumValues, !values.contains(where: { $0.isSchemaEqual(to: instance) }) {
            report("enum", SchemaMessages.notOneOf(values, got: instance),
                   hint: SchemaMessages.didYouMean(instance, among: values))
            isValid = false
        }
        if let expected = node.constValue, !expected.isSchemaEqual(to: instance) {
            report("const", SchemaMessages.notConst(expected, got: instance),
                   hint: SchemaMessages.didYouMean(instance, among: [expected]))
            isValid = false
        }
        guard isValid || isCollecting else { return false }
        switch instance {
        case .integer, .number:
            isValid = validateNumber(node, instance) && isValid
        case .string(let text):
            isValid = validateString(node, text, instance) && isValid
        default:
            break
        }
        return isValid
    }

    private mutating func validateNumber(_ node: CompiledSchemaNode, _ instance: JSONValue) -> Bool {
        guard let value = instance.doubleValue else { return true }
        var failed: String?
        if let minimum = node.minimum, value < minimum { failed = "minimum" }
        if let maximum = node.maximum, value > maximum { failed = "maximum" }
        if let bound = node.exclusiveMinimum, value <= bound { failed = "exclusiveMinimum" }
        if let bound = node.exclusiveMaximum, value >= bound { failed = "exclusiveMaximum" }
        if let keyword = failed {
            report(keyword, SchemaMessages.outOfRange(node, path: path, got: instance))
        }
        if let divisor = node.multipleOf, !Self.isMultiple(instance, of: divisor) {
            report("multipleOf", "\(SchemaMessages.subject(path)) must be a multiple of \(SchemaMessages.number(divisor)) "
                   + "but got \(SchemaMessages.literal(instance))")
            return false
        }
        return failed == nil
    }

    /// Exact for integers; for fractions, tolerant of binary rounding (`0.0075` is a multiple of `0.0001`).
    static func isMultiple(_ instance: JSONValue, of divisor: Double) -> Bool {
        if case .integer(let value) = instance, divisor.rounded() == divisor, abs(divisor) < 9.0e18, divisor != 0 {
            return value % Int64(divisor) == 0
        }
        guard let value = instance.doubleValue, divisor != 0 else { return false }
        let quotient = value / divisor
        guard quotient.isFinite else { return false }
        return abs(quotient - quotient.rounded()) <= 1e-9 * max(1, abs(quotient).squareRoot())
    }

    private mutating func validateString(_ node: CompiledSchemaNode, _ text: String, _ instance: JSONValue) -> Bool {
        var isValid = true
        if node.minLength != nil || node.maxLength != nil {
            // JSON Schema counts characters as code points, which is what Unicode scalars are.
            let length = Self.codePointCount(text)
            if let minimum = node.minLength, length < minimum {
                report("minLength", SchemaMessages.tooShort(path, minimum: minimum, length: length))
                isValid = false
            }
            if let maximum = node.maxLength, length > maximum {
                report("maxLength", "\(SchemaMessages.subject(path)) must be at most \(SchemaMessages.count(maximum, "character")) "
                       + "long but has \(length)")
                isValid = false
            }
        }
        if let pattern = node.pattern, isValid || isCollecting, !pattern.matches(text) {
            report("pattern", "\(SchemaMessages.subject(path)) must match \(pattern.source) but got \(SchemaMessages.literal(instance))")
            isValid = false
        }
        if schema.options.assertsFormat, let check = node.assertedFormat, isValid || isCollecting, !check.accepts(text) {
            let detail = check.flaw(in: text).map { ": \($0)" } ?? ""
            report("format", "\(SchemaMessages.subject(path)) must be \(check.expectation) but got \(SchemaMessages.literal(instance))\(detail)",
                   hint: check.hint)
            isValid = false
        }
        return isValid
    }

    /// `text.unicodeScalars.count`, read from the UTF-8: every scalar has exactly one byte that
    /// is not a continuation byte (`10xxxxxx`). Walking the scalar view decodes each scalar.
    static func codePointCount(_ text: String) -> Int {
        ASCIIText.withBytes(of: text) { bytes in bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }
    }
}
