/// Decides what a scalar means from the types the schema allows at its place, not from YAML 1.1
/// guessing: in a string field `no`, `1.10` and `2023-04-10` stay strings, and `null` is null only
/// where null is allowed.
enum ScalarTyping {
    private static let nullWords: Set<String> = ["null", "Null", "NULL", "~", ""]
    private static let trueWords: Set<String> = ["true", "True", "TRUE"]
    private static let falseWords: Set<String> = ["false", "False", "FALSE"]

    /// The value of a YAML scalar at a place of the given shape. Inlined into the typer's loop:
    /// most scalars are strings, and the call cost more than deciding that.
    @inline(__always)
    static func yamlValue(_ text: String, style: ScalarStyle, shape: SchemaShape) -> JSONValue {
        guard style == .plain else { return .string(text) }
        let allowed = shape.knownTypes
        if allowed.contains(.null), isNullWord(text) { return .null }
        if allowed.contains(.string) { return .string(text) }
        if allowed.contains(.boolean), let bool = boolean(text) { return .bool(bool) }
        if let number = number(text), allowed.contains(.integer) || allowed.contains(.number) {
            return coerce(number, to: shape)
        }
        return coreValue(text)
    }

    /// The value of a JSON scalar (strings arrive double-quoted, literals plain), coerced so a
    /// `number` field holds a float and an `integer` field an integer.
    static func jsonValue(_ text: String, style: ScalarStyle, shape: SchemaShape) -> JSONValue {
        guard style == .plain else { return .string(text) }
        switch text {
        case "null": return .null
        case "true": return .bool(true)
        case "false": return .bool(false)
        default: return number(text).map { coerce($0, to: shape) } ?? .string(text)
        }
    }

    /// YAML 1.2 core-schema typing, for places the schema says nothing about.
    static func coreValue(_ text: String) -> JSONValue {
        if isNullWord(text) { return .null }
        if let bool = boolean(text) { return .bool(bool) }
        return number(text) ?? .string(text)
    }

    /// The null words are at most four bytes long: longer texts skip hashing.
    private static func isNullWord(_ text: String) -> Bool {
        text.utf8.count <= 4 && nullWords.contains(text)
    }

    private static func boolean(_ text: String) -> Bool? {
        if trueWords.contains(text) { return true }
        if falseWords.contains(text) { return false }
        return nil
    }

    /// A decimal number as YAML 1.2's core schema and JSON write it; hex, octal, `.inf` and
    /// `.nan` are not numbers in a record.
    static func number(_ text: String) -> JSONValue? {
        var sawDigit = false
        var isInteger = true
        var index = text.utf8.startIndex
        let bytes = text.utf8
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            index = bytes.index(after: index)
        }
        var sawExponent = false
        var previous: UInt8 = 0
        while index < bytes.endIndex {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): sawDigit = true
            case UInt8(ascii: "."):
                if !isInteger || sawExponent { return nil }
                isInteger = false
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                if sawExponent || !sawDigit { return nil }
                sawExponent = true
                isInteger = false
            case UInt8(ascii: "-"), UInt8(ascii: "+"):
                if previous != UInt8(ascii: "e"), previous != UInt8(ascii: "E") { return nil }
            default: return nil
            }
            previous = byte
            index = bytes.index(after: index)
        }
        guard sawDigit, previous != UInt8(ascii: "e"), previous != UInt8(ascii: "E"),
              previous != UInt8(ascii: "-"), previous != UInt8(ascii: "+") else { return nil }
        if isInteger, let integer = Int64(text.hasPrefix("+") ? String(text.dropFirst()) : text) { return .integer(integer) }
        guard let double = Double(text), double.isFinite else { return nil }
        return .number(double)
    }

    /// A `number` field holds a float (`1` is written `1.0`); an `integer` field holds a whole
    /// number as an integer (`3.0` is written `3`).
    private static func coerce(_ value: JSONValue, to shape: SchemaShape) -> JSONValue {
        let allowed = shape.knownTypes
        switch value {
        case .integer(let i) where allowed.contains(.number) && !allowed.contains(.integer):
            return .number(Double(i))
        case .number(let d) where allowed.contains(.integer) && !allowed.contains(.number):
            if d.rounded() == d, let i = Int64(exactly: d) { return .integer(i) }
            return value
        default:
            return value
        }
    }
}
