/// What in-place subschemas evaluated at one instance location: the input of
/// `unevaluatedProperties` and `unevaluatedItems`.
struct SchemaAnnotations {
    /// Object keys some `properties`, `patternProperties`, `additionalProperties` or
    /// `unevaluatedProperties` applied to.
    var properties: Set<String> = []
    /// Array items `0..<itemPrefix` were evaluated (by `prefixItems`).
    var itemPrefix = 0
    /// Every item was evaluated (by `items` or `unevaluatedItems`).
    var allItems = false
    /// Items `contains` matched.
    var itemIndices: Set<Int> = []

    mutating func merge(_ other: SchemaAnnotations) {
        properties.formUnion(other.properties)
        itemPrefix = max(itemPrefix, other.itemPrefix)
        allItems = allItems || other.allItems
        itemIndices.formUnion(other.itemIndices)
    }

    func isEvaluated(item index: Int) -> Bool {
        allItems || index < itemPrefix || itemIndices.contains(index)
    }
}
