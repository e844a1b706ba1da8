/// A schema `pattern` of the simple kind schemas use (anchors, literals, bracket classes,
/// groups, quantifiers), compiled to a deterministic automaton that answers exactly what ICU's
/// `NSRegularExpression` answers for it, in one pass over the text's bytes, without Foundation's
/// per-call bridging, which cost more than the matching itself. `PatternParser` reads the
/// pattern and refuses anything else, which then stays with ICU.
///
/// Only whether a match exists is asked, so quantifiers need no greed and the automaton can be
/// built from the pattern's instructions by the subset construction.
struct PatternProgram: Sendable {
    /// The scalars one step of the automaton accepts: ASCII scalars as bits (the subset writes
    /// no other literal), plus `\s` beyond ASCII. A plain value, so a step costs no reference count.
    struct ScalarSet: Sendable {
        private var low: UInt64 = 0
        private var high: UInt64 = 0
        /// `\s`: ICU's is Unicode's White_Space property.
        private var hasWhitespace = false
        var isNegated = false

        /// Adds ASCII scalars.
        mutating func insert(_ values: ClosedRange<UInt32>) {
            for value in values where value < 128 {
                if value < 64 { low |= 1 << value } else { high |= 1 << (value - 64) }
            }
        }

        mutating func insertWhitespace() {
            hasWhitespace = true
            for value: UInt32 in [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20] { insert(value...value) }
        }

        func contains(_ scalar: Unicode.Scalar) -> Bool {
            let value = scalar.value
            let isListed = value < 64 ? low >> value & 1 == 1
                : value < 128 ? high >> (value - 64) & 1 == 1
                : hasWhitespace && scalar.properties.isWhitespace
            return isListed != isNegated
        }
    }

    enum Instruction: Sendable {
        case scalar(ScalarSet)
        /// Continue at both targets.
        case split(Int, Int)
        case jump(Int)
        /// `$`: ICU's end of input, or before a line terminator that ends the input.
        case endOfInput
        case match
    }

    /// What a state says about the position it is reached at.
    private enum Acceptance: Sendable {
        case never
        /// The pattern's `$` is reached: a match when the position is ICU's end of input.
        case atEnd
        case always
    }

    /// Input classes: each ASCII scalar is its own; other scalars are White_Space or not.
    private static let classCount = 130
    private static let otherWhitespace = 128
    private static let other = 129
    /// Patterns whose automaton would be larger stay with ICU.
    private static let maxStates = 256

    /// `transitions[state * classCount + inputClass]` is the next state; state 0 is the start.
    private let transitions: [Int32]
    private let acceptance: [Acceptance]
    /// The state no match can come from, if the automaton has one.
    private let dead: Int?
    /// Whether a non-ASCII scalar's class needs its White_Space property looked up.
    private let usesWhitespace: Bool

    /// The automaton for `instructions`, where `.endOfInput` only ever comes right before
    /// `.match`; nil when it would be too large.
    init?(instructions: [Instruction], isAnchoredAtStart: Bool) {
        let representatives = (0..<128).map { Unicode.Scalar(UInt8($0)) } + ["\u{A0}", "\u{4E2D}"]
        var usesWhitespace = false
        for case .scalar(let set) in instructions where set.contains("\u{A0}") != set.contains("\u{4E2D}") { usesWhitespace = true }
        var states: [[Int]] = [Self.closure(of: [0], in: instructions)]
        var index: [[Int]: Int] = [states[0]: 0]
        var transitions: [Int32] = []
        // The closure of each set of instructions a step reaches, worked out once: most of the
        // 130 input classes reach the same few sets, and closures were most of a schema's load.
        var closures: [[Int]: [Int]] = [:]
        // Representatives in the same sets of the program step alike from every state, so each
        // state works out one step per group of them (a pattern has a handful) instead of 130.
        var groupOf: [Int] = []
        var groups: [[Int]: Int] = [:]
        for scalar in representatives {
            let containing = instructions.indices.filter { pc in
                if case .scalar(let set) = instructions[pc] { set.contains(scalar) } else { false }
            }
            let group = groups[containing] ?? groups.count
            groups[containing] = group
            groupOf.append(group)
        }
        var state = 0
        while state < states.count {
            // Each group's next state from this one, found at its first representative.
            var groupTargets = [Int32?](repeating: nil, count: groups.count)
            for (position, scalar) in representatives.enumerated() {
                if let known = groupTargets[groupOf[position]] {
                    transitions.append(known)
                    continue
                }
                var next: [Int] = []
                for pc in states[state] {
                    if case .scalar(let set) = instructions[pc], set.contains(scalar) { next.append(pc + 1) }
                }
                if !isAnchoredAtStart { next.append(0) }
                let target: [Int]
                if let known = closures[next] {
                    target = known
                } else {
                    target = Self.closure(of: next, in: instructions)
                    closures[next] = target
                }
                if index[target] == nil {
                    guard states.count < Self.maxStates else { return nil }
                    index[target] = states.count
                    states.append(target)
                }
                let found = Int32(index[target] ?? 0)
                groupTargets[groupOf[position]] = found
                transitions.append(found)
            }
            state += 1
        }
        self.transitions = transitions
        acceptance = states.map { pcs in
            if pcs.contains(where: { if case .match = instructions[$0] { true } else { false } }) { return .always }
            return pcs.contains(where: { if case .endOfInput = instructions[$0] { true } else { false } }) ? .atEnd : .never
        }
        dead = states.firstIndex { $0.isEmpty }
        self.usesWhitespace = usesWhitespace
    }

    /// The instructions reachable from `starts` without reading a scalar, sorted.
    private static func closure(of starts: [Int], in instructions: [Instruction]) -> [Int] {
        var reached = Set<Int>()
        var pending = starts
        while let pc = pending.popLast() {
            guard reached.insert(pc).inserted else { continue }
            switch instructions[pc] {
            case .split(let first, let second): pending += [first, second]
            case .jump(let target): pending.append(target)
            case .scalar, .endOfInput, .match: break
            }
        }
        return reached.sorted()
    }

    func matches(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { run(on: $0) }
    }

    private func run(on bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // The tables through buffer pointers: an array's subscript checks its bounds on every
        // byte, and the states in the table are in range by construction.
        transitions.withUnsafeBufferPointer { transitions in
            acceptance.withUnsafeBufferPointer { acceptance in
                let dead = self.dead ?? -1
                var state = 0
                var position = 0
                while true {
                    switch acceptance[state] {
                    case .always: return true
                    // `$` holds only before the last three bytes at most (a final U+2028 is three).
                    case .atEnd where bytes.count - position <= 3 && Self.isEnd(position, of: bytes): return true
                    default: break
                    }
                    guard position < bytes.count, state != dead else { return false }
                    let byte = bytes[position]
                    var inputClass = Int(byte)
                    if byte < 0x80 {
                        position += 1
                    } else {
                        let length = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                        inputClass = usesWhitespace && Self.scalar(at: position, length: length, in: bytes).properties.isWhitespace
                            ? Self.otherWhitespace : Self.other
                        position += length
                    }
                    state = Int(transitions[state * Self.classCount + inputClass])
                }
            }
        }
    }

    /// The scalar of a multi-byte UTF-8 sequence (a Swift string's bytes are valid UTF-8).
    private static func scalar(at position: Int, length: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        var value = UInt32(bytes[position]) & (0xFF >> (length + 1))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[position + offset] & 0x3F) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// ICU's `$` without the multi-line flag: at the end, before a final line terminator (but not
    /// between the `\r` and `\n` of a final CRLF), or before a final CRLF. The terminators are
    /// `\n`, `\u{0B}`, `\u{0C}`, `\r`, U+0085, U+2028 and U+2029.
    static func isEnd(_ position: Int, of bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let rest = bytes.count - position
        switch rest {
        case 0: return true
        case 1:
            let last = bytes[position]
            return (0x0A...0x0D).contains(last) && !(last == 0x0A && position > 0 && bytes[position - 1] == 0x0D)
        case 2:
            return (bytes[position] == 0x0D && bytes[position + 1] == 0x0A) || (bytes[position] == 0xC2 && bytes[position + 1] == 0x85)
        case 3:
            return bytes[position] == 0xE2 && bytes[position + 1] == 0x80 && (bytes[position + 2] == 0xA8 || bytes[position + 2] == 0xA9)
        default:
            return false
        }
    }
}
