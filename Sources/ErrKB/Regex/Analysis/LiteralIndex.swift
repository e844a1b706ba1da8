/// An Aho–Corasick automaton over many literals: one pass over a text finds every literal it
/// contains, whatever the number of literals.
struct LiteralIndex: Sendable {
    /// Child of (node, character).
    private var children = TransitionTable()
    private var failure: [Int32] = [0]
    /// Owners of the literals ending at each node.
    private var outputs: [[Int32]] = [[]]
    /// Nearest node down the failure chain that has outputs, or -1.
    private var outputLink: [Int32] = [-1]

    /// Builds the index of `literals`, each tagged with its owner.
    init(_ literals: [(literal: [UInt32], owner: Int)]) {
        var edges: [[(UInt32, Int32)]] = [[]]
        for (literal, owner) in literals where !literal.isEmpty {
            var node: Int32 = 0
            for c in literal {
                if let next = children.target(from: node, by: c) {
                    node = next
                } else {
                    let next = Int32(outputs.count)
                    children.insert(from: node, by: c, to: next)
                    edges[Int(node)].append((c, next))
                    edges.append([]); outputs.append([]); failure.append(0); outputLink.append(-1)
                    node = next
                }
            }
            outputs[Int(node)].append(Int32(owner))
        }
        // Breadth first, so a node's failure target is complete before its children need it.
        var queue = edges[0].map(\.1)
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for (c, child) in edges[Int(node)] {
                var fallback = failure[Int(node)]
                var target: Int32 = 0
                while true {
                    if node != 0, let next = children.target(from: fallback, by: c) { target = next; break }
                    if fallback == 0 { break }
                    fallback = failure[Int(fallback)]
                }
                failure[Int(child)] = target
                outputLink[Int(child)] = outputs[Int(target)].isEmpty ? outputLink[Int(target)] : target
                queue.append(child)
            }
        }
    }

    /// Calls `found` with the owner of every literal occurring in `text` (an owner may come more than once).
    func scan(_ text: [UInt32], _ found: (Int) -> Void) {
        var node: Int32 = 0
        for c in text {
            while true {
                if let next = children.target(from: node, by: c) { node = next; break }
                if node == 0 { break }
                node = failure[Int(node)]
            }
            var hit = outputs[Int(node)].isEmpty ? outputLink[Int(node)] : node
            while hit >= 0 {
                for owner in outputs[Int(hit)] { found(Int(owner)) }
                hit = outputLink[Int(hit)]
            }
        }
    }
}
