/// How many records have each value of one field (domain, category, tier…), most common first.
public struct Tally: Sendable, Hashable {
    /// One value and how many records have it.
    public struct Entry: Sendable, Hashable {
        public let name: String
        public let count: Int
    }

    /// The label of records that lack the field or hold a value of the wrong type.
    public static let missing = "(missing)"

    /// Most common first, ties by name; `fixedOrder` values come first, in their order, even at zero.
    public let entries: [Entry]
    /// The number of records counted: the sum of the entries.
    public let total: Int

    /// Counts `values` (nil counts as `Tally.missing`). `fixedOrder` lists the values a schema
    /// enum allows: they are shown in that order, zeros included, so a reader sees the whole scale.
    public init(_ values: [String?], fixedOrder: [String] = []) {
        var counts: [String: Int] = [:]
        for value in values { counts[value ?? Self.missing, default: 0] += 1 }
        let fixed = fixedOrder.map { Entry(name: $0, count: counts[$0] ?? 0) }
        let known = Set(fixedOrder)
        let rest = counts.filter { !known.contains($0.key) }.map { Entry(name: $0.key, count: $0.value) }
            .sorted { ($0.count, $1.name) > ($1.count, $0.name) }
        entries = fixed + rest
        total = values.count
    }
}
