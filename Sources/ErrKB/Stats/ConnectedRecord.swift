/// A record's place in the transition graph: how many links point to it and how many it makes.
public struct ConnectedRecord: Sendable, Hashable {
    public let id: String
    /// Links from other records (`leads_to`, `preceded_by`, `frequently_confused_with`) naming it.
    public let incoming: Int
    /// Links the record itself lists.
    public let outgoing: Int

    public var degree: Int { incoming + outgoing }

    /// The `limit` records with the most links, most first, ties by id; records without links
    /// are left out. Links count as written: a pair listed in both records (A leads to B, B is
    /// preceded by A) counts once in each direction for each record.
    /// `records`: each record with an id, and the ids its links name.
    public static func ranking(_ records: [(id: String, targets: [String])], limit: Int = 10) -> [ConnectedRecord] {
        var incoming: [String: Int] = [:]
        var outgoing: [String: Int] = [:]
        for (id, targets) in records {
            outgoing[id, default: 0] += targets.count
            for target in targets { incoming[target, default: 0] += 1 }
        }
        let ids = Set(records.map(\.id))
        return ids.map { ConnectedRecord(id: $0, incoming: incoming[$0] ?? 0, outgoing: outgoing[$0] ?? 0) }
            .filter { $0.degree > 0 }
            .sorted { ($0.degree, $1.id) > ($1.degree, $0.id) }
            .prefix(limit).map { $0 }
    }
}
