/// The links a record lists in its `transition_graph`.
extension TypedRecord {
    /// One link: the list it is in, its index there, and the id it names.
    public struct Edge: Sendable, Hashable {
        public let list: String
        public let index: Int
        public let target: String

        /// Where its `error_id` is in the record.
        public var path: JSONPointer {
            JSONPointer.root.appending("transition_graph").appending(list).appending(index).appending("error_id")
        }
    }

    /// The graph's lists, in schema order.
    public static let edgeLists = ["leads_to", "preceded_by", "frequently_confused_with"]

    /// Every link the record lists that names an id, list by list.
    public var edges: [Edge] {
        let graph = value["transition_graph"]
        return Self.edgeLists.flatMap { list in
            (graph?[list]?.arrayValue ?? []).enumerated().compactMap { index, edge in
                edge["error_id"]?.stringValue.map { Edge(list: list, index: index, target: $0) }
            }
        }
    }
}
