extension SchemaValidator {
    /// The object keywords: counts, `required`, `dependentRequired`, `dependentSchemas`,
    /// `properties`, `patternProperties`, `additionalProperties`, `propertyNames`.
    mutating func validateObject(_ node: CompiledSchemaNode, _ instance: JSONValue, _ members: [(key: String, value: JSONValue)],
                                 _ local: inout SchemaAnnotations?) -> Bool {
        var isValid = true
        func has(_ key: String) -> Bool { members.contains { $0.key == key } }
        if let minimum = node.minProperties, members.count < minimum {
            report("minProperties", "\(SchemaMessages.subject(path)) must have at least "
                   + "\(SchemaMessages.count(minimum, "key")) but has \(members.count)")
            isValid = false
        }
        if let maximum = node.maxProperties, members.count > maximum {
            report("maxProperties", "\(SchemaMessages.subject(path)) must have at most "
                   + "\(SchemaMessages.count(maximum, "key")) but has \(members.count)")
            isValid = false
        }
        let missing = Self.missingKeys(node.required, in: members)
        if !missing.isEmpty {
            report("required", SchemaMessages.missing(missing))
            isValid = false
        }
        for (key, required) in node.dependentRequired where has(key) {
            for name in required where !has(name) {
                report("dependentRequired", "missing key '\(name)', required when '\(key)' is present")
                isValid = false
            }
        }
        guard isValid || isCollecting else { return false }
        for (key, schema) in node.dependentSchemas where has(key) {
            isValid = validate(schema, instance, &local) && isValid
            guard isValid || isCollecting else { return false }
        }
        var lookup = InOrderLookup()
        for (key, value) in members {
            isValid = validateMember(node, key, value, &local, &lookup) && isValid
            guard isValid || isCollecting else { return false }
        }
        return isValid
    }

    /// The names of `required` that no member has, in order. Each search starts where the last
    /// name was found and wraps around: a record's keys come in the schema's order, so a search
    /// usually takes a step or two instead of a scan from the first key.
    static func missingKeys(_ required: [String], in members: [(key: String, value: JSONValue)]) -> [String] {
        var start = 0
        return required.filter { name in
            let found = members[start...].firstIndex { $0.key == name } ?? members[..<start].firstIndex { $0.key == name }
            if let found { start = found }
            return found == nil
        }
    }

    private mutating func validateMember(_ node: CompiledSchemaNode, _ key: String, _ value: JSONValue,
                                         _ local: inout SchemaAnnotations?, _ lookup: inout InOrderLookup) -> Bool {
        var isValid = true
        var isEvaluated = false
        if let schema = lookup.value(for: key, in: node.orderedProperties) ?? node.properties[key] {
            isValid = validateChild(schema, value, at: .key(key))
            isEvaluated = true
        }
        for (pattern, schema) in node.patternProperties where pattern.matches(key) {
            isValid = validateChild(schema, value, at: .key(key)) && isValid
            isEvaluated = true
        }
        if !isEvaluated, let schema = node.additionalProperties {
            isValid = validateExtra(schema, key, value, allowed: node.propertyNames, keyword: "additionalProperties") && isValid
            isEvaluated = true
        }
        if isEvaluated { local?.properties.insert(key) }
        if let schema = node.propertyNamesSchema {
            isValid = validatePropertyName(schema, key) && isValid
        }
        return isValid
    }

    /// A key no `properties` or `patternProperties` covered: "unknown key" when the schema is
    /// `false`, with a hint built from the names that are allowed.
    private mutating func validateExtra(_ schema: Int, _ key: String, _ value: JSONValue, allowed: [String],
                                        keyword: String) -> Bool {
        guard self.schema.nodes[schema].kind == .alwaysInvalid else {
            return validateChild(schema, value, at: .key(key))
        }
        report(at: .key(key), keyword, "unknown key '\(key)'", hint: SchemaMessages.unknownKeyHint(key, allowed: allowed))
        return false
    }

    /// Checks a key against `propertyNames`, reporting at the key itself since that is what to fix.
    private mutating func validatePropertyName(_ schema: Int, _ key: String) -> Bool {
        let mark = violationCount
        let isValid = validateChild(schema, .string(key), at: .key(key))
        guard !isValid, isCollecting else { return isValid }
        let found = takeViolations(since: mark).map { violation in
            var renamed = violation
            renamed.keyword = "propertyNames"
            renamed.message = violation.message.hasPrefix("'") || violation.message.hasPrefix("key ")
                ? (violation.message.hasPrefix("key ") ? violation.message : "key " + violation.message)
                : "key '\(key)': \(violation.message)"
            return renamed
        }
        appendViolations(found)
        return false
    }

    /// `unevaluatedProperties`: keys no keyword here or in a valid in-place subschema evaluated.
    mutating func validateUnevaluatedProperties(_ node: CompiledSchemaNode, _ members: [(key: String, value: JSONValue)],
                                                _ evaluated: inout SchemaAnnotations) -> Bool {
        guard let schema = node.unevaluatedProperties else { return true }
        var isValid = true
        var allowed: [String]?
        for (key, value) in members where !evaluated.properties.contains(key) {
            if allowed == nil, self.schema.nodes[schema].kind == .alwaysInvalid { allowed = knownNames(from: node) }
            isValid = validateExtra(schema, key, value, allowed: allowed ?? [], keyword: "unevaluatedProperties") && isValid
            guard isValid || isCollecting else { return false }
        }
        for (key, _) in members { evaluated.properties.insert(key) }
        return isValid
    }

    /// Property names declared by a node and its in-place subschemas, for hints; bounded walk.
    private func knownNames(from node: CompiledSchemaNode) -> [String] {
        var names: [String] = []
        var queue = [node]
        var visited = 0
        while let next = queue.popLast(), visited < 64 {
            visited += 1
            for name in next.propertyNames where !names.contains(name) { names.append(name) }
            let inPlace = next.allOf + next.anyOf + next.oneOf + next.dependentSchemas.map(\.schema)
                + [next.ref, next.dynamicRef?.target, next.thenSchema, next.elseSchema].compactMap { $0 }
            queue.append(contentsOf: inPlace.reversed().map { schema.nodes[$0] })
        }
        return names
    }
}
