/// What the schema says a value may be at one place of the record, with every `$ref` resolved:
/// the allowed JSON types, the properties in canonical order, their defaults, the item shape.
///
/// Typing, key order, default filling, `import` and `fmt` all read this, so the order and the
/// defaults live only in `schema/record.schema.json`.
public final class SchemaShape: Sendable {
    /// JSON types allowed here; empty means the schema does not say (any type).
    public let allowedTypes: Set<String>
    /// The standard types among `allowedTypes`, as bits: typing asks about them for every scalar.
    let knownTypes: SchemaTypes
    /// Property names in the schema's order: the canonical key order.
    public let propertyOrder: [String]
    /// Each property's place in `propertyOrder`, for key-order checks.
    let propertyRank: [String: Int]
    /// `propertyRank` in `propertyOrder`, for `InOrderLookup`.
    let orderedRanks: [(name: String, value: Int)]
    public let properties: [String: SchemaShape]
    /// `properties` in `propertyOrder`, for `InOrderLookup`.
    let orderedProperties: [(name: String, value: SchemaShape)]
    /// The shape of values under keys not in `properties` (`additionalProperties`), if given.
    public let additionalProperties: SchemaShape?
    public let items: SchemaShape?
    /// The schema's `default` for each property that has one.
    public let defaults: [String: JSONValue]
    /// Properties whose default is a sibling's value (`x-default-from`).
    public let defaultFrom: [String: String]
    /// The rule id (`x-rule`) that names a broken value constraint here, such as `rate-range`.
    public let rule: RuleID?

    init(allowedTypes: Set<String>, propertyOrder: [String], properties: [String: SchemaShape],
         additionalProperties: SchemaShape?, items: SchemaShape?, defaults: [String: JSONValue],
         defaultFrom: [String: String], rule: RuleID? = nil) {
        self.allowedTypes = allowedTypes
        knownTypes = SchemaTypes(allowedTypes.compactMap { SchemaTypes(name: $0) })
        self.propertyOrder = propertyOrder
        let propertyRank = Dictionary(propertyOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        self.propertyRank = propertyRank
        orderedRanks = propertyOrder.compactMap { name in propertyRank[name].map { (name, $0) } }
        self.properties = properties
        orderedProperties = propertyOrder.compactMap { name in properties[name].map { (name, $0) } }
        self.additionalProperties = additionalProperties
        self.items = items
        self.defaults = defaults
        self.defaultFrom = defaultFrom
        self.rule = rule
    }

    /// A shape that says nothing: values under it are read with YAML's core types.
    public static let unconstrained = SchemaShape(
        allowedTypes: [], propertyOrder: [], properties: [:], additionalProperties: nil, items: nil,
        defaults: [:], defaultFrom: [:])

    /// The shape of the value under `key` of an object of this shape.
    public func shape(forKey key: String) -> SchemaShape {
        properties[key] ?? additionalProperties ?? .unconstrained
    }

    /// `shape(forKey:)` for the keys of one object read in order, most of them in schema order.
    func shape(forKey key: String, lookup: inout InOrderLookup) -> SchemaShape {
        (lookup.value(for: key, in: orderedProperties) ?? properties[key]) ?? additionalProperties ?? .unconstrained
    }

    /// The shape at `path` below this one.
    public func shape(at path: JSONPointer) -> SchemaShape {
        path.tokens.reduce(self) { shape, token in
            switch token {
            case .key(let key): shape.shape(forKey: key)
            case .index: shape.items ?? .unconstrained
            }
        }
    }

    public func allows(_ type: String) -> Bool {
        allowedTypes.isEmpty || allowedTypes.contains(type) || (type == "integer" && allowedTypes.contains("number"))
    }

    /// Compiles the shape tree of a schema document.
    public static func compile(_ schema: JSONValue) -> SchemaShape {
        var compiler = SchemaShapeCompiler(document: schema)
        return compiler.shape(of: schema, depth: 0)
    }
}

/// Walks a schema document into `SchemaShape`s, following local `$ref`s with a depth guard.
private struct SchemaShapeCompiler {
    let document: JSONValue
    private static let maxDepth = 32

    init(document: JSONValue) { self.document = document }

    mutating func shape(of schema: JSONValue, depth: Int) -> SchemaShape {
        guard depth < Self.maxDepth, case .object = schema else { return .unconstrained }
        let parts = resolvedParts(of: schema, depth: depth)
        var types = Set<String>()
        var order: [String] = []
        var properties: [String: SchemaShape] = [:]
        var defaults: [String: JSONValue] = [:]
        var defaultFrom: [String: String] = [:]
        var additional: SchemaShape?
        var items: SchemaShape?
        var rule: RuleID?
        for part in parts {
            if rule == nil, let id = part["x-rule"]?.stringValue { rule = RuleID(id) }
            types.formUnion(Self.types(of: part))
            if case .object(let members)? = part["properties"] {
                for (name, sub) in members where properties[name] == nil {
                    order.append(name)
                    properties[name] = shape(of: sub, depth: depth + 1)
                    if let value = sub["default"] { defaults[name] = value }
                    if let source = sub["x-default-from"]?.stringValue { defaultFrom[name] = source }
                }
            }
            if let sub = part["additionalProperties"], case .object = sub { additional = shape(of: sub, depth: depth + 1) }
            if let sub = part["items"], case .object = sub { items = shape(of: sub, depth: depth + 1) }
        }
        return SchemaShape(allowedTypes: types, propertyOrder: order, properties: properties,
                           additionalProperties: additional, items: items, defaults: defaults, defaultFrom: defaultFrom,
                           rule: rule)
    }

    /// The schema itself, the targets of its `$ref` chain and its `anyOf`/`oneOf` branches.
    private func resolvedParts(of schema: JSONValue, depth: Int) -> [JSONValue] {
        var parts = [schema]
        var index = 0
        while index < parts.count, parts.count < 64 {
            let part = parts[index]
            if let ref = part["$ref"]?.stringValue, let target = resolve(ref) { parts.append(target) }
            for keyword in ["anyOf", "oneOf", "allOf"] {
                parts.append(contentsOf: part[keyword]?.arrayValue ?? [])
            }
            index += 1
        }
        return parts
    }

    private func resolve(_ ref: String) -> JSONValue? {
        guard ref.hasPrefix("#") else { return nil }
        var current: JSONValue? = document
        for token in JSONPointer(parsing: String(ref.dropFirst())).tokens {
            switch token {
            case .key(let key): current = current?[key]
            case .index(let i):
                if let array = current?.arrayValue, i < array.count { current = array[i] } else { current = current?[String(i)] }
            }
        }
        return current
    }

    private static func types(of schema: JSONValue) -> Set<String> {
        var types = Set<String>()
        switch schema["type"] {
        case .string(let name)?: types.insert(name)
        case .array(let names)?: types.formUnion(names.compactMap(\.stringValue))
        default: break
        }
        for value in schema["enum"]?.arrayValue ?? [] { types.insert(value.typeName) }
        if let value = schema["const"] { types.insert(value.typeName) }
        return types
    }
}
