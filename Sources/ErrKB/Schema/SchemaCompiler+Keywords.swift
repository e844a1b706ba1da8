extension SchemaCompiler {
    /// Reads every keyword this validator knows from one schema object; others are ignored.
    mutating func readKeywords(_ members: [(key: String, value: JSONValue)], into node: inout SchemaNode) throws(SchemaError) {
        for (keyword, value) in members {
            switch keyword {
            case "type": try readType(value, into: &node)
            case "enum":
                guard case .array(let values) = value else { throw invalid(keyword, "an array") }
                node.enumValues = values
            case "const": node.constValue = value
            case "multipleOf": node.multipleOf = try number(value, keyword)
            case "minimum": node.minimum = try number(value, keyword)
            case "maximum": node.maximum = try number(value, keyword)
            case "exclusiveMinimum": node.exclusiveMinimum = try number(value, keyword)
            case "exclusiveMaximum": node.exclusiveMaximum = try number(value, keyword)
            case "minLength": node.minLength = try count(value, keyword)
            case "maxLength": node.maxLength = try count(value, keyword)
            case "pattern": node.pattern = try SchemaPattern(try string(value, keyword))
            case "format": node.format = value.stringValue
            case "x-hint": node.hint = try string(value, keyword)
            case "minItems": node.minItems = try count(value, keyword)
            case "maxItems": node.maxItems = try count(value, keyword)
            case "uniqueItems":
                guard case .bool(let unique) = value else { throw invalid(keyword, "a boolean") }
                node.uniqueItems = unique
            case "contains": node.contains = child(value, at: keyword)
            case "minContains": node.minContains = try count(value, keyword)
            case "maxContains": node.maxContains = try count(value, keyword)
            case "prefixItems": node.prefixItems = try schemaArray(value, keyword)
            case "items": node.items = child(value, at: keyword)
            case "unevaluatedItems": node.unevaluatedItems = child(value, at: keyword)
            case "minProperties": node.minProperties = try count(value, keyword)
            case "maxProperties": node.maxProperties = try count(value, keyword)
            case "required": node.required = try strings(value, keyword)
            case "dependentRequired":
                for (key, names) in try object(value, keyword) {
                    node.dependentRequired.append((key, try strings(names, keyword)))
                }
            case "dependentSchemas":
                for (key, schema) in try object(value, keyword) {
                    node.dependentSchemas.append((key, child(schema, at: keyword, key)))
                }
            case "properties":
                for (key, schema) in try object(value, keyword) {
                    node.properties[key] = child(schema, at: keyword, key)
                    node.propertyNames.append(key)
                }
            case "patternProperties":
                for (key, schema) in try object(value, keyword) {
                    node.patternProperties.append((try SchemaPattern(key), child(schema, at: keyword, key)))
                }
            case "additionalProperties": node.additionalProperties = child(value, at: keyword)
            case "propertyNames": node.propertyNamesSchema = child(value, at: keyword)
            case "unevaluatedProperties": node.unevaluatedProperties = child(value, at: keyword)
            case "allOf": node.allOf = try schemaArray(value, keyword)
            case "anyOf": node.anyOf = try schemaArray(value, keyword)
            case "oneOf": node.oneOf = try schemaArray(value, keyword)
            case "not": node.not = child(value, at: keyword)
            case "if": node.ifSchema = child(value, at: keyword)
            case "then": node.thenSchema = child(value, at: keyword)
            case "else": node.elseSchema = child(value, at: keyword)
            case "$defs":
                // Compiled so `$ref`s find them and their `$id`s and anchors are registered.
                for (key, schema) in try object(value, keyword) {
                    _ = child(schema, at: keyword, key)
                }
            default:
                continue
            }
        }
    }

    private func readType(_ value: JSONValue, into node: inout SchemaNode) throws(SchemaError) {
        let names: [String]
        switch value {
        case .string(let name): names = [name]
        case .array: names = try strings(value, "type")
        default: throw invalid("type", "a type name or an array of them")
        }
        var types: SchemaTypes = []
        for name in names {
            guard let type = SchemaTypes(name: name) else { throw invalid("type", "a JSON Schema type name, not '\(name)'") }
            types.insert(type)
        }
        node.types = types
        node.typeNames = names
    }

    private func invalid(_ keyword: String, _ expectation: String) -> SchemaError {
        SchemaError("'\(keyword)' at \(currentLocation) must be \(expectation)")
    }

    private func number(_ value: JSONValue, _ keyword: String) throws(SchemaError) -> Double {
        guard let number = value.doubleValue else { throw invalid(keyword, "a number") }
        return number
    }

    /// A non-negative integer; `2.0` counts, as the specification allows.
    private func count(_ value: JSONValue, _ keyword: String) throws(SchemaError) -> Int {
        switch value {
        case .integer(let n) where n >= 0: return Int(clamping: n)
        case .number(let d) where d >= 0 && d.rounded() == d: return d < Double(Int.max) ? Int(d) : Int.max
        default: throw invalid(keyword, "a non-negative integer")
        }
    }

    private func string(_ value: JSONValue, _ keyword: String) throws(SchemaError) -> String {
        guard let text = value.stringValue else { throw invalid(keyword, "a string") }
        return text
    }

    private func strings(_ value: JSONValue, _ keyword: String) throws(SchemaError) -> [String] {
        guard case .array(let items) = value else { throw invalid(keyword, "an array of strings") }
        var texts: [String] = []
        for item in items {
            guard let text = item.stringValue else { throw invalid(keyword, "an array of strings") }
            texts.append(text)
        }
        return texts
    }

    private func object(_ value: JSONValue, _ keyword: String) throws(SchemaError) -> [(key: String, value: JSONValue)] {
        guard case .object(let members) = value else { throw invalid(keyword, "an object") }
        return members
    }

    private mutating func schemaArray(_ value: JSONValue, _ keyword: String) throws(SchemaError) -> [Int] {
        guard case .array(let items) = value, !items.isEmpty else { throw invalid(keyword, "a non-empty array of schemas") }
        return items.indices.map { child(items[$0], at: keyword, String($0)) }
    }
}
