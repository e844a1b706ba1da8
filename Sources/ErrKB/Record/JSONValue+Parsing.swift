extension JSONValue {
    /// The plain JSON reading of a node from `JSONReader`.
    ///
    /// Plain scalars `null`, `true`, `false` keep their meaning; a number without fraction or
    /// exponent that fits in 64 bits is `.integer`, any other number `.number` (Swift's
    /// `Double(String)` rounds correctly); quoted scalars are strings. A duplicate key keeps its
    /// first position and its last value, as Python's `json` does. A plain scalar that is not JSON
    /// (a YAML word, say) reads as a string; an `.invalid` node as `null`. Built with an explicit
    /// stack, so deep trees cannot overflow the call stack.
    public init(coreNode: Node) {
        /// A container whose children are being converted.
        struct Pending {
            let node: Node
            var children: [JSONValue] = []
            var childCount: Int {
                switch node.content {
                case .mapping(let entries): entries.count
                case .sequence(let items): items.count
                default: 0
                }
            }
            func child(_ index: Int) -> Node {
                switch node.content {
                case .mapping(let entries): entries[index].value
                case .sequence(let items): items[index]
                default: node
                }
            }
        }

        var stack: [Pending] = []
        var current = coreNode
        while true {
            var value: JSONValue
            switch current.content {
            case .mapping, .sequence:
                let pending = Pending(node: current)
                if pending.childCount > 0 {
                    current = pending.child(0)
                    stack.append(pending)
                    continue
                }
                value = JSONValue.container(of: current, children: [])
            case .scalar(let text, let style):
                value = JSONValue.scalar(text, style: style)
            case .invalid:
                value = .null
            }
            // Hand the finished value up, finishing every container it completes.
            while true {
                guard let top = stack.indices.last else {
                    self = value
                    return
                }
                stack[top].children.append(value)
                if stack[top].children.count < stack[top].childCount {
                    current = stack[top].child(stack[top].children.count)
                    break
                }
                let done = stack.removeLast()
                value = JSONValue.container(of: done.node, children: done.children)
            }
        }
    }

    /// Reads JSON text into a value; throws `JSONSyntaxError` with its position.
    public static func parse(jsonText: String, maxDepth: Int = 64) throws(JSONSyntaxError) -> JSONValue {
        JSONValue(coreNode: try JSONReader.parse(jsonText, maxDepth: maxDepth))
    }

    private static func scalar(_ text: String, style: ScalarStyle) -> JSONValue {
        guard style == .plain else { return .string(text) }
        switch text {
        case "null": return .null
        case "true": return .bool(true)
        case "false": return .bool(false)
        default: break
        }
        guard let first = text.unicodeScalars.first, first == "-" || ("0"..."9").contains(first) else {
            return .string(text)
        }
        let isWhole = !text.unicodeScalars.contains { $0 == "." || $0 == "e" || $0 == "E" }
        if isWhole, let integer = Int64(text) { return .integer(integer) }
        if let number = Double(text) { return .number(number) }
        return .string(text)
    }

    private static func container(of node: Node, children: [JSONValue]) -> JSONValue {
        guard case .mapping(let entries) = node.content else { return .array(children) }
        var members: [(key: String, value: JSONValue)] = []
        members.reserveCapacity(entries.count)
        var positions: [String: Int] = [:]
        for (entry, value) in zip(entries, children) {
            if let position = positions[entry.key] {
                members[position].value = value
            } else {
                positions[entry.key] = members.count
                members.append((entry.key, value))
            }
        }
        return .object(members)
    }
}
