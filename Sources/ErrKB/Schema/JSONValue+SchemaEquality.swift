extension JSONValue {
    /// Equality as JSON Schema defines it for `enum`, `const` and `uniqueItems`: like `==`
    /// (`1` equals `1.0`, key order does not matter), but strings are equal only when their
    /// code points are, where Swift's `String ==` also equates canonically equivalent text
    /// (`é` and `e` + combining acute).
    func isSchemaEqual(to other: JSONValue) -> Bool {
        switch (self, other) {
        case (.string(let a), .string(let b)):
            return a.unicodeScalars.elementsEqual(b.unicodeScalars)
        case (.array(let a), .array(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.isSchemaEqual(to: $1) }
        case (.object(let a), .object(let b)):
            guard a.count == b.count else { return false }
            return a.allSatisfy { member in
                b.contains { $0.key.unicodeScalars.elementsEqual(member.key.unicodeScalars) && $0.value.isSchemaEqual(to: member.value) }
            }
        default:
            return self == other
        }
    }
}
