/// One validation run over one instance: walks the instance and the compiled schema together.
///
/// The instance path is a stack of tokens pushed and popped while descending, so a violation
/// snapshots it and nothing recomputes paths. In quiet mode (`isCollecting == false`) nothing is
/// reported and evaluation stops at the first failure: that is how `isValid`, `not`, `if`,
/// `contains` and the first pass over `anyOf`/`oneOf` branches run.
struct SchemaValidator {
    let schema: JSONSchema
    var isCollecting: Bool
    /// Reported violations; a box so `report` need not be `mutating`, which lets its message
    /// autoclosures read the path while reporting.
    private final class Box {
        // Unchecked: every read was a dynamic exclusivity check, a few percent of validation; the
        // box is private to one validation run on one thread, and no access to it overlaps another.
        @exclusivity(unchecked) var violations: [SchemaViolation] = []
    }

    private let box = Box()
    /// The keyword groups run even where a node has none of their keywords: all of them only in
    /// the test that compares skipping empty groups with running every group.
    var groupsRunWhenEmpty: SchemaKeywordGroups = []
    var violations: [SchemaViolation] { box.violations }
    /// The instance location being validated.
    var path: [JSONPointer.Token] = []
    /// Resources entered, outermost first: where `$dynamicRef` looks for its anchor.
    private var dynamicScope: [Int] = []
    /// `$ref` targets being followed and the instance depth they were followed at.
    private var refsInProgress: [(node: Int, depth: Int)] = []
    private var depth = 0

    init(schema: JSONSchema, isCollecting: Bool) {
        self.schema = schema
        self.isCollecting = isCollecting
    }

    /// Validates `instance` against node `index`. When `annotations` is not nil, what the node
    /// evaluated is merged into it if the node is valid (annotations of failed schemas are dropped).
    mutating func validate(_ index: Int, _ instance: JSONValue, _ annotations: inout SchemaAnnotations?) -> Bool {
        let node = schema.nodes[index]
        switch node.kind {
        case .alwaysValid:
            return true
        case .alwaysInvalid:
            report("false", SchemaMessages.forbidden(path), hint: path.isEmpty ? nil : "remove it")
            return false
        case .keywords:
            break
        }
        guard depth < schema.options.maxEvaluationDepth else {
            report("$ref", "schema evaluation nested deeper than \(schema.options.maxEvaluationDepth) levels")
            return false
        }
        depth += 1
        let entersResource = dynamicScope.last != node.resource
        if entersResource { dynamicScope.append(node.resource) }
        defer {
            depth -= 1
            if entersResource { dynamicScope.removeLast() }
        }
        // Read only for a node with a hint: every read of the box is a dynamic exclusivity check.
        let mark = node.hint == nil ? 0 : violations.count
        var local: SchemaAnnotations? = annotations != nil || node.tracksEvaluation ? SchemaAnnotations() : nil
        let isValid = validateKeywords(node, instance, &local)
        if let hint = node.hint, isCollecting {
            for position in mark..<box.violations.count
            where box.violations[position].hint == nil && box.violations[position].instancePath.tokens.count == path.count {
                box.violations[position].hint = hint
            }
        }
        if isValid, let local, annotations != nil { annotations?.merge(local) }
        return isValid
    }

    private mutating func validateKeywords(_ node: CompiledSchemaNode, _ instance: JSONValue, _ local: inout SchemaAnnotations?) -> Bool {
        // A wrong type is the root cause: nothing else about this value is worth saying.
        if let types = node.types, !types.admits(instance) {
            report("type", SchemaMessages.typeMismatch(expected: node.typeNames, got: instance))
            return false
        }
        var isValid = true
        if let target = node.ref {
            isValid = follow(target, from: node, instance, &local)
        }
        if let dynamic = node.dynamicRef, isValid || isCollecting {
            isValid = follow(resolveDynamic(dynamic), from: node, instance, &local) && isValid
        }
        guard isValid || isCollecting else { return false }
        let groups = node.keywordGroups.union(groupsRunWhenEmpty)
        if groups.contains(.scalar) { isValid = validateScalar(node, instance) && isValid }
        guard isValid || isCollecting else { return false }
        switch instance {
        case .object(let members) where groups.contains(.object): isValid = validateObject(node, instance, members, &local) && isValid
        case .array(let items) where groups.contains(.array): isValid = validateArray(node, items, &local) && isValid
        default: break
        }
        guard isValid || isCollecting else { return false }
        if groups.contains(.applicators) { isValid = validateApplicators(node, instance, &local) && isValid }
        guard isValid || isCollecting else { return false }
        if node.tracksEvaluation, var evaluated = local {
            switch instance {
            case .object(let members): isValid = validateUnevaluatedProperties(node, members, &evaluated) && isValid
            case .array(let items): isValid = validateUnevaluatedItems(node, items, &evaluated) && isValid
            default: break
            }
            local = evaluated
        }
        return isValid
    }

    /// Follows a `$ref`, refusing to re-enter a target already being followed at this instance
    /// location: that is a cycle which would never consume any of the instance.
    private mutating func follow(_ target: Int, from node: CompiledSchemaNode, _ instance: JSONValue,
                                 _ local: inout SchemaAnnotations?) -> Bool {
        if refsInProgress.contains(where: { $0.node == target && $0.depth == path.count }) {
            report("$ref", "the schema's $ref at \(node.location) refers back to itself without descending into the value")
            return false
        }
        refsInProgress.append((target, path.count))
        defer { refsInProgress.removeLast() }
        return validate(target, instance, &local)
    }

    /// The outermost resource in the dynamic scope declaring the anchor wins; otherwise the static target.
    private func resolveDynamic(_ reference: SchemaNode.DynamicRef) -> Int {
        guard let anchor = reference.anchor else { return reference.target }
        for resource in dynamicScope {
            if let target = schema.resources[resource].dynamicAnchors[anchor] { return target }
        }
        return reference.target
    }

    /// Validates a value one level down (an object member or array item); its annotations stay there.
    mutating func validateChild(_ index: Int, _ value: JSONValue, at token: JSONPointer.Token) -> Bool {
        path.append(token)
        defer { path.removeLast() }
        var annotations: SchemaAnnotations?
        return validate(index, value, &annotations)
    }

    /// Runs `body` without reporting anything, stopping at the first failure.
    mutating func quietly<T>(_ body: (inout SchemaValidator) -> T) -> T {
        let wasCollecting = isCollecting
        isCollecting = false
        defer { isCollecting = wasCollecting }
        return body(&self)
    }

    /// Records a violation at the current path; the message is only built when collecting.
    func report(_ keyword: String, _ message: @autoclosure () -> String, hint: @autoclosure () -> String? = nil) {
        guard isCollecting else { return }
        box.violations.append(SchemaViolation(instancePath: JSONPointer(path), keyword: keyword, message: message(), hint: hint()))
    }

    /// Records a violation one level below the current path (an unknown key, a duplicate item).
    func report(at token: JSONPointer.Token, _ keyword: String, _ message: @autoclosure () -> String,
                hint: @autoclosure () -> String? = nil) {
        guard isCollecting else { return }
        box.violations.append(SchemaViolation(instancePath: JSONPointer(path + [token]), keyword: keyword,
                                              message: message(), hint: hint()))
    }

    /// Removes and returns the violations recorded since `mark`, to choose among them.
    func takeViolations(since mark: Int) -> [SchemaViolation] {
        let taken = Array(box.violations[mark...])
        box.violations.removeSubrange(mark...)
        return taken
    }

    func appendViolations(_ more: [SchemaViolation]) {
        box.violations.append(contentsOf: more)
    }

    var violationCount: Int { violations.count }
}
