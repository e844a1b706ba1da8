/// A schema resource: the root of the document or a subschema with its own `$id`.
struct SchemaResource: Sendable {
    /// The resource's absolute URI, without fragment.
    var uri: String
    /// `$dynamicAnchor` names declared in this resource and the nodes that declare them.
    var dynamicAnchors: [String: Int] = [:]
}
