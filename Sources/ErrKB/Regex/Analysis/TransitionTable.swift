/// The transitions of a `LiteralIndex`: (node, character) to node, in one open-addressing table
/// with a multiplicative hash. A scan looks up every character of every text of the KB, and a
/// `Dictionary` hashed each key with SipHash: that lookup was most of the cross-record phase.
struct TransitionTable: Sendable {
    /// A key no transition has: nodes are below 2³¹ and characters below 2³².
    private static let empty = UInt64.max
    private var keys: [UInt64]
    private var targets: [Int32]
    private var count = 0
    /// `64 - log2(capacity)`: the hash keeps the top bits of the product.
    private var shift: UInt64

    init() {
        keys = [UInt64](repeating: Self.empty, count: 16)
        targets = [Int32](repeating: 0, count: 16)
        shift = 60
    }

    private static func key(_ node: Int32, _ character: UInt32) -> UInt64 { UInt64(UInt32(node)) << 32 | UInt64(character) }

    /// The node reached from `node` by `character`, if any.
    func target(from node: Int32, by character: UInt32) -> Int32? {
        let key = Self.key(node, character)
        let mask = keys.count - 1
        var slot = home(of: key)
        while true {
            let found = keys[slot]
            if found == key { return targets[slot] }
            if found == Self.empty { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// The slot a key's search starts from.
    private func home(of key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// Adds a transition that is not there yet.
    mutating func insert(from node: Int32, by character: UInt32, to target: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        place(Self.key(node, character), target)
        count += 1
    }

    private mutating func place(_ key: UInt64, _ target: Int32) {
        let mask = keys.count - 1
        var slot = home(of: key)
        while keys[slot] != Self.empty { slot = (slot + 1) & mask }
        keys[slot] = key
        targets[slot] = target
    }

    private mutating func grow() {
        let (oldKeys, oldTargets) = (keys, targets)
        keys = [UInt64](repeating: Self.empty, count: oldKeys.count * 2)
        targets = [Int32](repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        for (key, target) in zip(oldKeys, oldTargets) where key != Self.empty { place(key, target) }
    }
}
