/// Turns a positioned node tree into a JSON value, typing each scalar by the schema's shape at
/// its place. It never reports: a value of the wrong type is left for the validator to name.
public struct SchemaTyper: Sendable {
    /// Whether plain scalars are JSON literals (a `.json` source) or YAML text.
    public enum Dialect: Sendable { case yaml, json }

    public let root: SchemaShape
    public let dialect: Dialect

    public init(root: SchemaShape, dialect: Dialect) {
        self.root = root
        self.dialect = dialect
    }

    /// The typed value of `node`. Nodes the loader already reported (`.invalid`) are dropped.
    /// Recursion is bounded by the loader's depth limit.
    public func value(of node: Node) -> JSONValue {
        value(of: node, shape: root)
    }

    private func value(of node: Node, shape: SchemaShape) -> JSONValue {
        switch node.content {
        case .scalar(let text, let style):
            switch dialect {
            case .yaml: return ScalarTyping.yamlValue(text, style: style, shape: shape)
            case .json: return ScalarTyping.jsonValue(text, style: style, shape: shape)
            }
        // Loops into arrays reserved for every child: `compactMap` cannot know the count and
        // grows its result several times for a mapping of thirty keys.
        case .sequence(let items):
            let itemShape = shape.items ?? .unconstrained
            var values: [JSONValue] = []
            values.reserveCapacity(items.count)
            // Indices, not `for item in items`: the loop variable would be a copy of each node,
            // retained and released, where the element can be read in place.
            for index in items.indices where !items[index].isInvalid {
                values.append(value(of: items[index], shape: itemShape))
            }
            return .array(values)
        case .mapping(let entries):
            var members: [(key: String, value: JSONValue)] = []
            members.reserveCapacity(entries.count)
            var lookup = InOrderLookup()
            for index in entries.indices where !entries[index].value.isInvalid {
                let key = entries[index].key
                members.append((key, value(of: entries[index].value, shape: shape.shape(forKey: key, lookup: &lookup))))
            }
            return .object(members)
        case .invalid:
            return .null
        }
    }
}
