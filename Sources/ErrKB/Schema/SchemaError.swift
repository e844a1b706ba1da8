/// A schema that cannot be compiled: an unresolvable `$ref`, a bad regular expression, a wrong keyword value.
public struct SchemaError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong with the schema, naming the keyword and its location in the schema.
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
