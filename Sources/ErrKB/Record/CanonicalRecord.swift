/// Puts a typed record into canonical form: keys in the schema's order, defaults filled in.
public enum CanonicalRecord {
    /// The canonical value of `value` under `shape`. Keys the schema does not know are kept after
    /// the known ones (validation has reported them; build never sees them).
    public static func make(_ value: JSONValue, shape: SchemaShape, fillingDefaults: Bool = true) -> JSONValue {
        // `fmt-drift` orders every record, and nearly all are in order already: then the value is
        // its own answer, and no copy of it is made. (An object out of order still keeps those of
        // its values that are in order.)
        if !fillingDefaults, isOrdered(value, shape: shape) { return value }
        switch value {
        case .object(let members):
            guard !shape.propertyOrder.isEmpty else {
                return .object(members.map { ($0.key, make($0.value, shape: shape.shape(forKey: $0.key), fillingDefaults: fillingDefaults)) })
            }
            if !fillingDefaults, let ordered = inSchemaOrder(members, shape: shape) { return .object(ordered) }
            var present: [String: JSONValue] = [:]
            for member in members { present[member.key] = member.value }
            var result: [(key: String, value: JSONValue)] = []
            for name in shape.propertyOrder {
                let propertyShape = shape.shape(forKey: name)
                if let given = present[name] {
                    result.append((name, make(given, shape: propertyShape, fillingDefaults: fillingDefaults)))
                } else if !fillingDefaults {
                    continue
                } else if let source = shape.defaultFrom[name], let sibling = present[source] {
                    result.append((name, make(sibling, shape: propertyShape)))
                } else if let fallback = shape.defaults[name] {
                    result.append((name, make(fallback, shape: propertyShape)))
                }
            }
            result += members.filter { shape.properties[$0.key] == nil }
            return .object(result)
        case .array(let items):
            return .array(items.map { make($0, shape: shape.items ?? .unconstrained, fillingDefaults: fillingDefaults) })
        default:
            return value
        }
    }

    /// `members`, each value made canonical, when they already come in the schema's order and
    /// the schema knows each of them: the same as sorting them, without a table by key. Most
    /// objects of a formatted file are like that, and `fmt-drift` lays out every record.
    private static func inSchemaOrder(_ members: [(key: String, value: JSONValue)], shape: SchemaShape) -> [(key: String, value: JSONValue)]? {
        var rest = shape.orderedProperties[...]
        var result: [(key: String, value: JSONValue)] = []
        result.reserveCapacity(members.count)
        for member in members {
            guard let property = nextProperty(named: member.key, in: &rest) else { return nil }
            // The schema's spelling of the key, as sorting writes it.
            result.append((property.name, make(member.value, shape: property.value, fillingDefaults: false)))
        }
        return result
    }

    /// The property `key` names among `rest`, the schema's properties not yet passed, which then
    /// start after it; nil when none of them is named so (the key is unknown, or out of order).
    private static func nextProperty(named key: String, in rest: inout ArraySlice<(name: String, value: SchemaShape)>)
        -> (name: String, value: SchemaShape)? {
        guard let found = rest.firstIndex(where: { $0.name == key }) else { return nil }
        defer { rest = rest[(found + 1)...] }
        return rest[found]
    }

    /// Whether `make(value, shape:, fillingDefaults: false)` is `value`: every object's keys
    /// known to its schema, in the schema's order and spelled as it spells them (byte for byte).
    private static func isOrdered(_ value: JSONValue, shape: SchemaShape) -> Bool {
        switch value {
        case .object(let members) where shape.propertyOrder.isEmpty:
            return members.allSatisfy { isOrdered($0.value, shape: shape.shape(forKey: $0.key)) }
        case .object(let members):
            var rest = shape.orderedProperties[...]
            for member in members {
                guard let property = nextProperty(named: member.key, in: &rest), ASCIIText.sameBytes(property.name, member.key),
                      isOrdered(member.value, shape: property.value)
                else { return false }
            }
            return true
        case .array(let items):
            return items.allSatisfy { isOrdered($0, shape: shape.items ?? .unconstrained) }
        default:
            return true
        }
    }

    /// The source form of a canonical record: every key whose value equals its default left out,
    /// so `import` writes only what a person chose. `make` turns it back into the same value.
    public static func strippingDefaults(_ value: JSONValue, shape: SchemaShape) -> JSONValue {
        switch value {
        case .object(let members):
            var kept: [(key: String, value: JSONValue)] = []
            for member in members {
                let propertyShape = shape.shape(forKey: member.key)
                let stripped = strippingDefaults(member.value, shape: propertyShape)
                if let source = shape.defaultFrom[member.key], let sibling = value[source],
                   JSONValue.identical(sibling, member.value) {
                    continue
                }
                if let fallback = shape.defaults[member.key],
                   JSONValue.identical(make(fallback, shape: propertyShape), member.value) {
                    continue
                }
                kept.append((member.key, stripped))
            }
            return .object(kept)
        case .array(let items):
            return .array(items.map { strippingDefaults($0, shape: shape.items ?? .unconstrained) })
        default:
            return value
        }
    }
}

extension JSONValue {
    /// Equality that also tells `1` from `1.0` and minds key order: what bytes would show.
    static func identical(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.integer(let x), .integer(let y)): return x == y
        case (.number(let x), .number(let y)): return x.bitPattern == y.bitPattern
        case (.integer, .number), (.number, .integer): return false
        case (.array(let x), .array(let y)): return x.count == y.count && zip(x, y).allSatisfy { identical($0, $1) }
        case (.object(let x), .object(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && identical($0.value, $1.value) }
        default: return a == b
        }
    }
}
