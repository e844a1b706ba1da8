/// A `SchemaNode` frozen behind a reference, as the validator reads it.
///
/// A class, so reading a node costs one retain instead of copying some thirty fields; its
/// stored properties are `let`s, so reads need no exclusivity checks (a class with `var` fields
/// spent a third of validation time in them). Member lookup forwards to the node's fields.
@dynamicMemberLookup
final class CompiledSchemaNode: Sendable {
    let node: SchemaNode
    /// `properties` in the order the schema writes them, for `InOrderLookup`.
    let orderedProperties: [(name: String, value: Int)]
    /// The groups of keywords the node has, so the validator passes over empty ones without
    /// reading each of their keywords (every read of an array or a string retains it).
    let keywordGroups: SchemaKeywordGroups
    /// `format` when it is one errkb asserts, looked up once rather than per string validated.
    let assertedFormat: SchemaFormat?

    init(_ node: SchemaNode) {
        self.node = node
        orderedProperties = node.propertyNames.compactMap { name in node.properties[name].map { (name, $0) } }
        keywordGroups = SchemaKeywordGroups(of: node)
        assertedFormat = node.format.flatMap(SchemaFormat.init(rawValue:))
    }

    subscript<T>(dynamicMember keyPath: KeyPath<SchemaNode, T>) -> T { node[keyPath: keyPath] }
}
