/// A small alphabet that stands for all characters when asking whether two character
/// positions can read the same character: ASCII, every character the pattern names (and its
/// case partners), and samples of the Unicode classes `\w`, `\d`, `\s` reach beyond ASCII.
struct RepresentativeAlphabet {
    /// Which representatives a position accepts, one bit each.
    struct Members {
        fileprivate var bits: [UInt64]

        func intersects(_ other: Members) -> Bool {
            zip(bits, other.bits).contains { $0 & $1 != 0 }
        }
    }

    private let characters: [UInt32]

    /// ASCII, samples of what `\w \d \s` and case folding reach beyond it, and their case partners:
    /// worked out once, as Unicode property lookups are not cheap.
    private static let base: Set<UInt32> = {
        var set = Set<UInt32>(0..<128)
        set.formUnion([0xE9, 0xC9, 0x9519, 0x663, 0xA0, 0x2028, 0x17F, 0x212A, 0x130, 0x131, 0x3C3, 0x3C2, 0x3A3, 0x4E00, 0x1F600])
        for c in Array(set) { set.formUnion(PythonCaseFolding.relatives(of: c, ascii: false)) }
        return set
    }()

    init(_ ast: RegexAST) {
        var extra = Set<UInt32>()
        var pending = [ast.root]
        while let node = pending.popLast() {
            pending += node.children
            switch node.kind {
            case .literal(let c): extra.insert(c)
            case .characterClass(let cls):
                for item in cls.items {
                    switch item {
                    case .literal(let c): extra.insert(c)
                    case .range(let low, let high): extra.formUnion([low, high, low &+ 1, high &- 1].filter { $0 >= low && $0 <= high })
                    case .classEscape: break
                    }
                }
            default: break
            }
        }
        var set = Self.base
        for c in extra where !set.contains(c) { set.formUnion(PythonCaseFolding.relatives(of: c, ascii: false)) }
        characters = set.sorted()
    }

    /// The representatives a position (a one-character node, or an atomic unit) accepts under `flags`.
    func members(of node: RegexNode, _ flags: MatchCompiler.Flags) -> Members {
        var bits = [UInt64](repeating: 0, count: characters.count / 64 + 1)
        let accepts = Self.predicate(node, flags)
        for (index, c) in characters.enumerated() where accepts(c) { bits[index >> 6] |= 1 << UInt64(index & 63) }
        return Members(bits: bits)
    }

    private static func predicate(_ node: RegexNode, _ flags: MatchCompiler.Flags) -> (UInt32) -> Bool {
        if let test = CharacterPredicate.make(node, flags) { return test }
        // An atomic group or possessive repeat standing as one position: any character its parts take.
        let parts = node.children.map { predicate($0, flags) }
        return { c in parts.contains { $0(c) } }
    }
}
