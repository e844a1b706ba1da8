/// Keys of a YAML source, at the top level and in nested mappings, follow the schema's order.
struct KeyOrderRule: RecordRule {
    static let description = RuleDescription(
        id: "key-order", defaultSeverity: .warning, group: .style,
        summary: "Keys follow the schema's canonical order",
        rationale: """
            Records that list their keys in one order read alike and diff cleanly, and match the \
            canonical JSON the build writes. The order is the schema's (id, signature, regex, \
            domain, …; action before why_fails in a dead end). Move the key where the hint says.
            """,
        examples: [
            .passes("id: llm/truncated-response-in-streaming-mode\nsignature: 'Error: Incomplete stream response'"),
            .fails("↓signature: 'Error: Incomplete stream response'\nid: llm/truncated-response-in-streaming-mode"),
            .fails("id: llm/truncated-response-in-streaming-mode\nsignature: 'Error: Incomplete stream response'\nsignature_zh: null\nregex: Incomplete stream response\ndomain: llm\ncategory: network_error\nroot_cause: The connection was interrupted\nroot_cause_type: generic\nroot_cause_zh: null\nversions: []\ndead_ends:\n- why_fails: The server closes the stream\n  fail_rate: 0.4\n  ↓action: Raise the client timeout"),
        ])

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        guard record.format == .yaml else { return }
        var path: [JSONPointer.Token] = []
        check(record.root, at: &path, shape: context.schema.shape, record: record, into: &report)
    }

    /// `path`: where `node` is, grown and shrunk on the way down rather than copied for every
    /// node (a pointer is made only for a finding).
    private func check(_ node: Node, at path: inout [JSONPointer.Token], shape: SchemaShape, record: TypedRecord,
                       into report: inout RuleReport) {
        switch node.content {
        case .mapping(let entries):
            if !Self.isInOrder(entries, shape: shape) {
                checkOrder(of: entries, at: JSONPointer(path), rank: shape.propertyRank, record: record, into: &report)
            }
            var lookup = InOrderLookup()
            for entry in entries {
                path.append(.key(entry.key))
                check(entry.value, at: &path, shape: shape.shape(forKey: entry.key, lookup: &lookup), record: record, into: &report)
                path.removeLast()
            }
        case .sequence(let items):
            for (index, item) in items.enumerated() {
                path.append(.index(index))
                check(item, at: &path, shape: shape.items ?? .unconstrained, record: record, into: &report)
                path.removeLast()
            }
        case .scalar, .invalid:
            break
        }
    }

    /// Keeps the longest run of keys already in order (preferring later keys on ties, so of two
    /// swapped keys the first is reported) and reports the first key outside it.
    private func checkOrder(of entries: [Node.Entry], at path: JSONPointer, rank: [String: Int], record: TypedRecord,
                            into report: inout RuleReport) {
        guard !rank.isEmpty else { return }
        let known = entries.filter { rank[$0.key] != nil }
        let ranks = known.map { rank[$0.key]! }
        // longest[i]: the longest increasing run of ranks that starts at i.
        var longest = Array(repeating: 1, count: ranks.count)
        for i in ranks.indices.reversed() {
            for j in (i + 1)..<ranks.count where ranks[j] > ranks[i] { longest[i] = max(longest[i], longest[j] + 1) }
        }
        var kept = Set<Int>()
        var need = longest.max()!
        var previous = -1
        var from = 0
        while need > 0 {
            let next = (from..<ranks.count).last { longest[$0] == need && ranks[$0] > previous }!
            kept.insert(next)
            previous = ranks[next]
            from = next + 1
            need -= 1
        }
        guard let moved = ranks.indices.first(where: { !kept.contains($0) }) else { return }
        let key = known[moved].key
        let after = kept.filter { ranks[$0] < ranks[moved] }.max { ranks[$0] < ranks[$1] }.map { known[$0].key }
        let before = kept.filter { ranks[$0] > ranks[moved] }.min { ranks[$0] < ranks[$1] }.map { known[$0].key }
        let place = after.map { "after '\($0)'" } ?? before.map { "before '\($0)'" } ?? "in the schema's order"
        report.add(record, at: path.appending(key), onKey: true, "'\(key)' is out of the schema's key order",
                   hint: "move '\(key)' \(place)")
    }

    /// Whether the known keys come in the schema's order: one pass, for the common case, and
    /// for keys in order no lookup by hash.
    private static func isInOrder(_ entries: [Node.Entry], shape: SchemaShape) -> Bool {
        var previous = -1
        var lookup = InOrderLookup()
        for entry in entries {
            guard let place = lookup.value(for: entry.key, in: shape.orderedRanks) ?? shape.propertyRank[entry.key] else { continue }
            guard place >= previous else { return false }
            previous = place
        }
        return true
    }
}
