/// A `SchemaNode` frozen behind a reference, as the validator reads it.
///
/// A class, so reading a node costs one retain instead of copying some thirty fields; its only
/// stored property is a `let`, so reads need no exclusivity checks (a class with `var` fields
/// spent a third of validation time in them). Member lookup forwards to the node's fields.
@dynamicMemberLookup
final class CompiledSchemaNode: Sendable {
    let node: SchemaNode

    init(_ node: SchemaNode) { self.node = node }

    subscript<T>(dynamicMember keyPath: KeyPath<SchemaNode, T>) -> T { node[keyPath: keyPath] }
}
