extension SchemaValidator {
    /// `allOf`, `anyOf`, `oneOf`, `not`, `if`/`then`/`else`: subschemas applied at the same location.
    mutating func validateApplicators(_ node: CompiledSchemaNode, _ instance: JSONValue, _ local: inout SchemaAnnotations?) -> Bool {
        var isValid = true
        for branch in node.allOf {
            isValid = validate(branch, instance, &local) && isValid
            guard isValid || isCollecting else { return false }
        }
        if !node.anyOf.isEmpty {
            isValid = validateAnyOf(node.anyOf, instance, &local) && isValid
            guard isValid || isCollecting else { return false }
        }
        if !node.oneOf.isEmpty {
            isValid = validateOneOf(node.oneOf, instance, &local) && isValid
            guard isValid || isCollecting else { return false }
        }
        if let schema = node.not {
            var ignored: SchemaAnnotations?
            if quietly({ $0.validate(schema, instance, &ignored) }) {
                report("not", "\(SchemaMessages.subject(path)) must not match the schema under 'not'")
                isValid = false
            }
        }
        if let condition = node.ifSchema {
            // The condition's own failures are not problems; its annotations count when it holds.
            if quietly({ $0.validate(condition, instance, &local) }) {
                if let schema = node.thenSchema { isValid = validate(schema, instance, &local) && isValid }
            } else if let schema = node.elseSchema {
                isValid = validate(schema, instance, &local) && isValid
            }
        }
        return isValid
    }

    private mutating func validateAnyOf(_ branches: [Int], _ instance: JSONValue, _ local: inout SchemaAnnotations?) -> Bool {
        // Every valid branch contributes annotations, so all run when someone reads them.
        let isValid = quietly { validator in
            var matched = false
            for branch in branches where validator.validate(branch, instance, &local) {
                matched = true
                if local == nil { break }
            }
            return matched
        }
        if !isValid { reportBestBranch(of: branches, instance, keyword: "anyOf") }
        return isValid
    }

    private mutating func validateOneOf(_ branches: [Int], _ instance: JSONValue, _ local: inout SchemaAnnotations?) -> Bool {
        var branchAnnotations = local
        let matching = quietly { validator in
            var matching: [Int] = []
            for (position, branch) in branches.enumerated() where matching.count < 2 {
                var annotations = local
                if validator.validate(branch, instance, &annotations) {
                    matching.append(position)
                    branchAnnotations = annotations
                }
            }
            return matching
        }
        switch matching.count {
        case 1:
            local = branchAnnotations
            return true
        case 0:
            reportBestBranch(of: branches, instance, keyword: "oneOf")
        default:
            report("oneOf", "\(SchemaMessages.subject(path)) matches alternatives \(matching[0] + 1) and \(matching[1] + 1) "
                   + "of 'oneOf' but must match exactly one")
        }
        return false
    }

    /// When no alternative matches, report only the most plausible one's problems (python-jsonschema's
    /// `best_match`): a branch whose type fits the value, with the deepest problems, fewest first.
    /// When every branch wants another type, or another constant, say so in one message.
    private mutating func reportBestBranch(of branches: [Int], _ instance: JSONValue, keyword: String) {
        guard isCollecting else { return }
        let here = path.count
        var results: [[SchemaViolation]] = []
        for branch in branches {
            let mark = violationCount
            var ignored: SchemaAnnotations?
            _ = validate(branch, instance, &ignored)
            results.append(takeViolations(since: mark))
        }
        func isWrongKind(_ violations: [SchemaViolation]) -> Bool {
            violations.contains { $0.instancePath.tokens.count == here && ($0.keyword == "type" || $0.keyword == "false") }
        }
        let nodes = branches.map { schema.nodes[$0] }
        let isValueMismatch = results.allSatisfy { violations in
            !violations.isEmpty && violations.allSatisfy { $0.instancePath.tokens.count == here && ($0.keyword == "const" || $0.keyword == "enum") }
        }
        if isValueMismatch, let values = constants(of: nodes) {
            report("enum", SchemaMessages.notOneOf(values, got: instance), hint: SchemaMessages.didYouMean(instance, among: values))
            return
        }
        var best: [SchemaViolation]?
        var bestScore = (depth: -1, count: 0)
        for violations in results where !violations.isEmpty && !isWrongKind(violations) {
            let depth = violations.map(\.instancePath.tokens.count).max() ?? 0
            if depth > bestScore.depth || (depth == bestScore.depth && violations.count < bestScore.count) {
                best = violations
                bestScore = (depth, violations.count)
            }
        }
        if let best {
            appendViolations(best)
            return
        }
        if nodes.allSatisfy({ !$0.typeNames.isEmpty }) {
            report("type", SchemaMessages.typeMismatch(expected: nodes.flatMap(\.typeNames), got: instance))
        } else if let first = results.first(where: { !$0.isEmpty }) {
            appendViolations(first)
        } else {
            report(keyword, "\(SchemaMessages.subject(path)) matches none of the alternatives of '\(keyword)'")
        }
    }

    /// The allowed values when every branch is a `const` or an `enum`.
    private func constants(of nodes: [CompiledSchemaNode]) -> [JSONValue]? {
        var values: [JSONValue] = []
        for node in nodes {
            if let value = node.constValue {
                values.append(value)
            } else if let more = node.enumValues {
                values.append(contentsOf: more)
            } else {
                return nil
            }
        }
        return values
    }
}
