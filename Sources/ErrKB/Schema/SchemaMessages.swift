/// The wording of schema violations: quote the value, name the field, no dumps.
enum SchemaMessages {
    /// How long a quoted string may get before it is abbreviated with `…`.
    static let quoteLimit = 40

    /// The field a message names: the last key of the path (`'success_rate'`), `'tags[2]'` for an
    /// item, `the value` at the root.
    static func subject(_ path: [JSONPointer.Token]) -> String {
        guard let name = fieldName(path) else { return "the value" }
        return "'\(name)'"
    }

    /// The bare field name used in ranges (`0 ≤ success_rate ≤ 1`).
    static func fieldName(_ path: [JSONPointer.Token]) -> String? {
        var suffix = ""
        for token in path.reversed() {
            switch token {
            case .key(let key): return key + suffix
            case .index(let index): suffix = "[\(index)]" + suffix
            }
        }
        return suffix.isEmpty ? nil : "item" + suffix
    }

    /// A value as it appears after "got": `string "high"`, `integer 3`, `null`, `array`.
    static func described(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): "boolean \(flag)"
        case .integer, .number: "\(value.typeName) \(literal(value))"
        case .string: "string \(literal(value))"
        case .array(let items): items.isEmpty ? "empty array" : "array"
        case .object(let members): members.isEmpty ? "empty object" : "object"
        }
    }

    /// A value as written in the instance: strings in double quotes (abbreviated), numbers bare.
    static func literal(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): "\(flag)"
        case .integer(let integer): "\(integer)"
        case .number(let double): number(double)
        case .string(let text): "\"" + escaped(abbreviated(text)) + "\""
        case .array(let items): items.isEmpty ? "[]" : "[…]"
        case .object(let members): members.isEmpty ? "{}" : "{…}"
        }
    }

    /// A schema value in an expectation: strings in single quotes, the way keys are named.
    static func expected(_ value: JSONValue) -> String {
        if case .string(let text) = value { return "'" + escaped(abbreviated(text)) + "'" }
        return literal(value)
    }

    /// `1`, `0.5`, `1e+300`: integral values without a trailing `.0`.
    static func number(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    static func count(_ count: Int, _ noun: String) -> String { count == 1 ? "1 \(noun)" : "\(count) \(noun)s" }

    static func abbreviated(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > quoteLimit else { return text }
        return String(String.UnicodeScalarView(scalars.prefix(quoteLimit - 1))) + "…"
    }

    private static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `expected string, got integer 3`: null is left out when another type is allowed, because
    /// the other type is the expectation a contributor has to meet.
    static func typeMismatch(expected names: [String], got value: JSONValue) -> String {
        var shown = names.filter { $0 != "null" }
        if shown.isEmpty { shown = names }
        var unique: [String] = []
        for name in shown where !unique.contains(name) { unique.append(name) }
        return "expected \(alternatives(unique)), got \(described(value))"
    }

    /// `a`, `a or b`, `a, b or c`.
    static func alternatives(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "nothing" }
        return items.dropLast().joined(separator: ", ") + " or " + last
    }

    /// `expected one of 'a', 'b', got "c"`, listing at most five values.
    static func notOneOf(_ values: [JSONValue], got value: JSONValue) -> String {
        if values.count == 1, let only = values.first { return notConst(only, got: value) }
        let listed = values.prefix(5).map(expected).joined(separator: ", ")
        let more = values.count > 5 ? ", … " : ", "
        return "expected one of \(listed)\(more)got \(literal(value))"
    }

    static func notConst(_ expectedValue: JSONValue, got value: JSONValue) -> String {
        "expected \(expected(expectedValue)), got \(literal(value))"
    }

    /// `did you mean 'x'?` when a string value is a small edit away from an allowed string.
    static func didYouMean(_ value: JSONValue, among values: [JSONValue]) -> String? {
        guard case .string(let text) = value else { return nil }
        return EditDistance.closest(to: text, among: values.compactMap(\.stringValue)).map { "did you mean '\($0)'?" }
    }

    /// `0 ≤ success_rate ≤ 1 but got 1.5`: the whole allowed range, whichever bound failed.
    static func outOfRange(_ node: CompiledSchemaNode, path: [JSONPointer.Token], got value: JSONValue) -> String {
        let name = fieldName(path) ?? "value"
        let lower = node.exclusiveMinimum.map { (number($0), "<") } ?? node.minimum.map { (number($0), "≤") }
        let upper = node.exclusiveMaximum.map { (number($0), "<") } ?? node.maximum.map { (number($0), "≤") }
        let range: String
        switch (lower, upper) {
        case let ((low, lowOp)?, (high, highOp)?): range = "\(low) \(lowOp) \(name) \(highOp) \(high)"
        case let ((low, lowOp)?, nil): range = "\(name) \(lowOp == "<" ? ">" : "≥") \(low)"
        case let (nil, (high, highOp)?): range = "\(name) \(highOp) \(high)"
        case (nil, nil): range = "\(name) in range"
        }
        return "\(range) but got \(literal(value))"
    }

    static func tooShort(_ path: [JSONPointer.Token], minimum: Int, length: Int) -> String {
        if minimum == 1 && length == 0 { return "\(subject(path)) must not be empty" }
        return "\(subject(path)) must be at least \(count(minimum, "character")) long but has \(length)"
    }

    /// What a `false` schema says about the value it rejects.
    static func forbidden(_ path: [JSONPointer.Token]) -> String {
        if case .key(let key)? = path.last { return "key '\(key)' is not allowed" }
        return path.isEmpty ? "no value is allowed here" : "\(subject(path)) is not allowed"
    }

    /// `missing required key 'a'`, `missing required keys 'a' and 'b'`.
    static func missing(_ keys: [String]) -> String {
        let quoted = keys.map { "'\($0)'" }
        let list = quoted.count > 1 ? quoted.dropLast().joined(separator: ", ") + " and " + (quoted.last ?? "") : quoted.joined()
        return "missing required \(keys.count == 1 ? "key" : "keys") \(list)"
    }

    /// The hint for an unknown key: a close allowed name, else the allowed names when few.
    static func unknownKeyHint(_ key: String, allowed: [String]) -> String {
        if let close = EditDistance.closest(to: key, among: allowed) { return "did you mean '\(close)'?" }
        guard !allowed.isEmpty, allowed.count <= 8 else { return "remove it" }
        return "remove it or use one of " + allowed.map { "'\($0)'" }.joined(separator: ", ")
    }
}
