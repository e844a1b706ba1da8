extension SchemaValidator {
    /// The array keywords: counts, `uniqueItems`, `prefixItems`, `items`, `contains`.
    mutating func validateArray(_ node: CompiledSchemaNode, _ items: [JSONValue], _ local: inout SchemaAnnotations?) -> Bool {
        var isValid = true
        if let minimum = node.minItems, items.count < minimum {
            report("minItems", minimum == 1 && items.isEmpty ? "\(SchemaMessages.subject(path)) must not be empty"
                   : "\(SchemaMessages.subject(path)) must have at least \(SchemaMessages.count(minimum, "item")) but has \(items.count)")
            isValid = false
        }
        if let maximum = node.maxItems, items.count > maximum {
            report("maxItems", "\(SchemaMessages.subject(path)) must have at most "
                   + "\(SchemaMessages.count(maximum, "item")) but has \(items.count)")
            isValid = false
        }
        if node.uniqueItems {
            isValid = validateUnique(items) && isValid
        }
        guard isValid || isCollecting else { return false }
        for (index, schema) in zip(items.indices, node.prefixItems) {
            isValid = validateChild(schema, items[index], at: .index(index)) && isValid
            guard isValid || isCollecting else { return false }
        }
        let prefix = min(items.count, node.prefixItems.count)
        if let evaluated = local?.itemPrefix, evaluated < prefix { local?.itemPrefix = prefix }
        if let schema = node.items {
            for index in items.indices.dropFirst(node.prefixItems.count) {
                isValid = validateItem(schema, items, index, keyword: "items", allowed: node.prefixItems.count) && isValid
                guard isValid || isCollecting else { return false }
            }
            local?.allItems = true
        }
        if let schema = node.contains {
            isValid = validateContains(node, schema, items, &local) && isValid
        }
        return isValid
    }

    /// One item a `false` `items` or `unevaluatedItems` forbids is reported as too many items.
    private mutating func validateItem(_ schema: Int, _ items: [JSONValue], _ index: Int, keyword: String, allowed: Int) -> Bool {
        guard self.schema.nodes[schema].kind == .alwaysInvalid else {
            return validateChild(schema, items[index], at: .index(index))
        }
        report(at: .index(index), keyword, "unexpected item: \(SchemaMessages.subject(path)) allows at most "
               + SchemaMessages.count(allowed, "item"), hint: "remove it")
        return false
    }

    /// Reports each repeated item at its own index, naming the first occurrence. Hashing groups
    /// candidates (its equality is looser), `isSchemaEqual` decides.
    private mutating func validateUnique(_ items: [JSONValue]) -> Bool {
        var buckets: [JSONValue: [Int]] = [:]
        var isValid = true
        for (index, item) in items.enumerated() {
            if let first = buckets[item]?.first(where: { items[$0].isSchemaEqual(to: item) }) {
                report(at: .index(index), "uniqueItems",
                       "\(SchemaMessages.subject(path)) must not repeat items: item \(index) repeats item \(first)")
                isValid = false
                guard isCollecting else { return false }
            } else {
                buckets[item, default: []].append(index)
            }
        }
        return isValid
    }

    private mutating func validateContains(_ node: CompiledSchemaNode, _ schema: Int, _ items: [JSONValue],
                                           _ local: inout SchemaAnnotations?) -> Bool {
        var matches = 0
        for index in items.indices where quietly({ $0.validateChild(schema, items[index], at: .index(index)) }) {
            matches += 1
            local?.itemIndices.insert(index)
        }
        let minimum = node.minContains ?? 1
        if matches < minimum {
            report(node.minContains == nil ? "contains" : "minContains",
                   "\(SchemaMessages.subject(path)) must contain at least \(SchemaMessages.count(minimum, "matching item")) "
                   + "but has \(matches)")
            return false
        }
        if let maximum = node.maxContains, matches > maximum {
            report("maxContains", "\(SchemaMessages.subject(path)) must contain at most "
                   + "\(SchemaMessages.count(maximum, "matching item")) but has \(matches)")
            return false
        }
        return true
    }

    /// `unevaluatedItems`: items no keyword here or in a valid in-place subschema evaluated.
    mutating func validateUnevaluatedItems(_ node: CompiledSchemaNode, _ items: [JSONValue], _ evaluated: inout SchemaAnnotations) -> Bool {
        guard let schema = node.unevaluatedItems else { return true }
        var isValid = true
        let allowed = (0..<items.count).prefix { evaluated.isEvaluated(item: $0) }.count
        for index in items.indices where !evaluated.isEvaluated(item: index) {
            isValid = validateItem(schema, items, index, keyword: "unevaluatedItems", allowed: allowed) && isValid
            guard isValid || isCollecting else { return false }
        }
        evaluated.allItems = true
        return isValid
    }
}
