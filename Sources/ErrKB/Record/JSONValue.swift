/// A JSON value with object keys in insertion order: the typed form of a record.
/// Not `indirect`: arrays already break the recursion, and a box per value would cost an
/// allocation and a retain for every scalar of every record.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// A JSON number written without fraction or exponent that fits in 64 bits.
    case integer(Int64)
    /// Any other JSON number; schema `number` fields are always this case.
    case number(Double)
    case string(String)
    case array([JSONValue])
    /// Keys in order; JSON objects from input keep the order they were written in.
    case object([(key: String, value: JSONValue)])

    /// The value of `key`, if this is an object that has it.
    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members.first { $0.key == key }?.value }
        return nil
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    /// The numeric value of an integer or number.
    public var doubleValue: Double? {
        switch self {
        case .integer(let i): Double(i)
        case .number(let d): d
        default: nil
        }
    }

    /// JSON Schema's type name for this value (`integer` for whole numbers, as 2020-12 counts them).
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .integer: "integer"
        case .number(let d): d.rounded() == d && d.isFinite ? "integer" : "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// Equality as JSON Schema defines it: `1` equals `1.0`, object key order does not matter.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.integer(let a), .integer(let b)): return a == b
        case (.integer, .number), (.number, .integer), (.number, .number):
            return lhs.doubleValue == rhs.doubleValue
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)):
            guard a.count == b.count else { return false }
            return a.allSatisfy { member in b.contains { $0.key == member.key && $0.value == member.value } }
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let b): hasher.combine(b)
        case .integer, .number: hasher.combine(doubleValue)
        case .string(let s): hasher.combine(s)
        case .array(let a): hasher.combine(a)
        case .object(let members): hasher.combine(Set(members.map(\.key)))
        }
    }
}
