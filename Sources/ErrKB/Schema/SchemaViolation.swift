/// One reason an instance does not match its schema, worded for the contributor who must fix it.
public struct SchemaViolation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Where in the instance the problem is; built while descending, never recomputed.
    public var instancePath: JSONPointer
    /// The schema keyword that failed (`type`, `required`, `additionalProperties`, …).
    public var keyword: String
    /// What is wrong, quoting the value: lowercase first word, no final period, one line.
    public var message: String
    /// What to do about it, when there is something better to say than the message.
    public var hint: String?

    public init(instancePath: JSONPointer, keyword: String, message: String, hint: String? = nil) {
        self.instancePath = instancePath
        self.keyword = keyword
        self.message = message
        self.hint = hint
    }

    public var description: String {
        let location = instancePath.tokens.isEmpty ? "/" : instancePath.description
        return "\(location): \(message)" + (hint.map { " (\($0))" } ?? "")
    }

    /// Document order: indices numerically, then keyword and message, so output is stable.
    public static func < (lhs: SchemaViolation, rhs: SchemaViolation) -> Bool {
        for (left, right) in zip(lhs.instancePath.tokens, rhs.instancePath.tokens) where left != right {
            switch (left, right) {
            case (.index(let a), .index(let b)): return a < b
            case (.key(let a), .key(let b)): return a < b
            case (.index, .key): return true
            case (.key, .index): return false
            }
        }
        if lhs.instancePath.tokens.count != rhs.instancePath.tokens.count {
            return lhs.instancePath.tokens.count < rhs.instancePath.tokens.count
        }
        return (lhs.keyword, lhs.message, lhs.hint ?? "") < (rhs.keyword, rhs.message, rhs.hint ?? "")
    }
}
