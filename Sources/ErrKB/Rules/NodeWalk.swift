/// The walk `TypedRecord.span(at:)` makes down a record's node tree, one step at a time, so that
/// the spans of many paths below one place are found without a pointer built for each and a
/// walk from the root: a record digest needs the span of every alias and every link, and that
/// cost more than the rest of the digest.
struct NodeWalk {
    /// The node at the path walked, or the deepest on the way when a step found nothing.
    let node: Node
    /// A step found nothing: every path below ends at `node`, as `span(at:)` stops there.
    private let isStopped: Bool

    init(from root: Node) {
        self.init(node: root, isStopped: false)
    }

    private init(node: Node, isStopped: Bool) {
        self.node = node
        self.isStopped = isStopped
    }

    /// Where `span(at:)` puts the path walked (not on its key).
    var span: SourceSpan { node.span }

    /// One step into the mapping entry `key` (the first, as `span(at:)` takes).
    func key(_ key: String) -> NodeWalk {
        guard !isStopped, case .mapping(let entries) = node.content,
              let entry = entries.first(where: { $0.key == key }) else { return stopped }
        return NodeWalk(node: entry.value, isStopped: false)
    }

    /// One step to item `index` of a sequence.
    func index(_ index: Int) -> NodeWalk {
        guard !isStopped, case .sequence(let items) = node.content, index < items.count else { return stopped }
        return NodeWalk(node: items[index], isStopped: false)
    }

    private var stopped: NodeWalk { NodeWalk(node: node, isStopped: true) }
}
