/// Finds an object's keys among the names a schema lists, for objects whose keys mostly come in
/// the listed order, as a record's follow its schema's: the few names after the last one found
/// are compared first, so most keys cost a comparison or two instead of hashing the key.
struct InOrderLookup {
    /// How many names past the last one found are compared before giving up.
    static let window = 4
    private var next = 0

    /// The value listed under `key` if it is within the window; nil leaves the caller to its
    /// dictionary. Each list is built from that dictionary (a name with the value it holds for
    /// the name), so what is found here is what the dictionary would give.
    mutating func value<Value>(for key: String, in list: [(name: String, value: Value)]) -> Value? {
        let end = min(list.count, next + Self.window)
        var position = next
        while position < end {
            if list[position].name == key {
                next = position + 1
                return list[position].value
            }
            position += 1
        }
        return nil
    }
}
