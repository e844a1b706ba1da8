/// Runs a `MatchProgram` over one text, as Python's `sre` does: depth first, in priority order.
///
/// Memoizable programs remember every state that failed — instruction, position, and the few
/// bits of loop and group state that can change the outcome (see `MatchProgram`) — and never
/// try it twice, so the work is bounded by instructions × (text length + 1) × 2^bits whatever
/// the pattern (the idea of RE2's "bit-state" engine). The others count their steps and give up at the
/// budget: Python itself would run for as long as the pattern makes it.
struct BacktrackingMachine {
    private let program: MatchProgram
    private let text: [UInt32]
    private var slots: [Int]
    private let budget: Int
    private(set) var steps = 0
    private(set) var isExhausted = false

    // Memo of failed states, one bit per state key.
    private let memoizes: Bool
    /// Bits of the memo key that say, per enclosing empty-checked loop, whether its iteration
    /// is still at its start.
    private let loopBits: Int
    /// All extra key bits: the loop bits, then one per group a conditional tests (set or not).
    private let keyBits: Int
    private var visited: [UInt64] = []
    /// States marked while inside a lookaround or atomic body; see `subrun`.
    private var marks: [Int] = []
    private var depth = 0
    private var subrunResults: [Int: Int] = [:]

    /// Largest memo, in bits (32 MiB, a 1 MB log line under a 250-instruction pattern); beyond
    /// it the machine counts steps instead.
    static let maximumMemoBits = 256 << 20

    private enum Entry {
        case branch(pc: Int, position: Int)
        case restore(slot: Int, value: Int)
        case restoreAll([Int])
    }

    init(program: MatchProgram, text: [UInt32], budget: Int) {
        self.program = program
        self.text = text
        slots = Array(repeating: -1, count: program.slotCount)
        // Key bits only exist for memoizable programs, which have at most a few of them.
        loopBits = program.isMemoizable ? program.loopDepth : 0
        keyBits = program.isMemoizable ? loopBits + program.conditionGroups.count : 0
        let (states, overflow) = program.instructions.count.multipliedReportingOverflow(by: text.count + 1)
        let bits = overflow || states > Self.maximumMemoBits >> keyBits ? Int.max : states << keyBits
        memoizes = program.isMemoizable && bits <= Self.maximumMemoBits
        // With the memo the work is bounded by the states anyway; the budget only guards
        // against a mistake, so it must not cut short a long text.
        self.budget = memoizes ? Swift.max(budget, 4 * bits) : budget
        if memoizes { visited = Array(repeating: 0, count: bits / 64 + 1) }
    }

    /// `re.search`: the first match, trying each start position in turn.
    mutating func search() -> RegexSearchResult {
        let first = program.firstCharacters
        for start in 0...text.count {
            if let first, start == text.count || !first.contains(text[start]) { continue }
            if let end = run(from: 0, at: start) { return .match(slots[0]..<end) }
            if isExhausted { return .budgetExceeded(steps: steps) }
            for i in slots.indices { slots[i] = -1 }
        }
        return .noMatch
    }

    /// Runs from `pc` at `position` until `match` or `succeed`; the end position, or nil.
    private mutating func run(from pc: Int, at position: Int) -> Int? {
        var stack: [Entry] = []
        var pc = pc, position = position
        let count = text.count
        while true {
            steps += 1
            var ok = steps <= budget
            if !ok { isExhausted = true; return nil }
            if memoizes {
                var key = (pc * (count + 1) + position) << keyBits
                for (bit, slot) in program.enclosingLoopSlots[pc].enumerated() where slots[slot] == position { key |= 1 << bit }
                for (bit, group) in program.conditionGroups.enumerated() where isSet(group) { key |= 1 << (loopBits + bit) }
                let (word, bit) = (key >> 6, UInt64(1) << UInt64(key & 63))
                if visited[word] & bit != 0 {
                    ok = false
                } else {
                    visited[word] |= bit
                    if depth > 0 { marks.append(key) }
                }
            }
            if ok {
                switch program.instructions[pc] {
                case .character(let c):
                    ok = position < count && text[position] == c
                    pc += 1; position += 1
                case .foldedCharacter(let fold, let ascii):
                    ok = position < count && PythonCaseFolding.fold(text[position], ascii: ascii) == fold
                    pc += 1; position += 1
                case .set(let index):
                    ok = position < count && program.sets[index].contains(text[position])
                    pc += 1; position += 1
                case .anyCharacter(let newline):
                    ok = position < count && (newline || text[position] != 0x0A)
                    pc += 1; position += 1
                case .assertion(let anchor, let multiline, let ascii):
                    ok = holds(anchor, at: position, multiline: multiline, ascii: ascii)
                    pc += 1
                case .split(let preferred, let alternative):
                    stack.append(.branch(pc: alternative, position: position))
                    pc = preferred
                case .jump(let target):
                    pc = target
                case .save(let slot), .iterationStart(let slot):
                    stack.append(.restore(slot: slot, value: slots[slot]))
                    slots[slot] = position
                    pc += 1
                case .iterationEnd(let slot, let loop, let exit):
                    pc = slots[slot] == position ? exit : loop
                case .backreference(let group, let ignoreCase, let ascii):
                    if let end = backreference(group, at: position, ignoreCase: ignoreCase, ascii: ascii) {
                        position = end; pc += 1
                    } else {
                        ok = false
                    }
                case .conditional(let group, let no):
                    pc = isSet(group) ? pc + 1 : no
                case .lookaround(let next, let isNegative, let behind):
                    let start = behind.map { position - $0 } ?? position
                    let saved = slots
                    let matched = start >= 0 && subrun(from: pc + 1, at: start) != nil
                    if isExhausted { return nil }
                    if matched && !isNegative {
                        stack.append(.restoreAll(saved))
                    } else {
                        slots = saved
                    }
                    ok = matched != isNegative
                    pc = next
                case .atomic(let next):
                    let saved = slots
                    if let end = subrun(from: pc + 1, at: position) {
                        stack.append(.restoreAll(saved))
                        position = end; pc = next
                    } else {
                        if isExhausted { return nil }
                        slots = saved
                        ok = false
                    }
                case .succeed, .match:
                    return position
                }
            }
            if ok { continue }
            // Backtrack to the most recent alternative, undoing captures on the way.
            var resumed = false
            while let entry = stack.popLast() {
                switch entry {
                case .branch(let target, let at):
                    pc = target; position = at; resumed = true
                case .restore(let slot, let value):
                    slots[slot] = value
                case .restoreAll(let saved):
                    slots = saved
                }
                if resumed { break }
            }
            if !resumed { return nil }
        }
    }

    /// Runs a lookaround or atomic body on its own. With the memo on, the states a successful
    /// body went through are unmarked again: they led to success, and another start may pass
    /// through them; the result for this (body, start) is kept instead.
    private mutating func subrun(from pc: Int, at position: Int) -> Int? {
        // A body's outcome depends on its start and on which tested groups are set.
        var key = (pc * (text.count + 1) + position) << program.conditionGroups.count
        for (bit, group) in program.conditionGroups.enumerated() where isSet(group) { key |= 1 << bit }
        if memoizes, let known = subrunResults[key] { return known >= 0 ? known : nil }
        let firstMark = marks.count
        depth += 1
        let end = run(from: pc, at: position)
        depth -= 1
        if memoizes {
            if end != nil {
                for marked in marks[firstMark...] { visited[marked >> 6] &= ~(UInt64(1) << UInt64(marked & 63)) }
                marks.removeSubrange(firstMark...)
            } else if depth == 0 {
                marks.removeAll(keepingCapacity: true)
            }
            subrunResults[key] = end ?? -1
        }
        return end
    }

    private func isSet(_ group: Int) -> Bool {
        slots[2 * group] >= 0 && slots[2 * group + 1] >= 0
    }

    private func holds(_ anchor: RegexAnchor, at position: Int, multiline: Bool, ascii: Bool) -> Bool {
        let count = text.count
        switch anchor {
        case .stringStart: return position == 0
        case .stringEnd: return position == count
        case .lineStart: return position == 0 || (multiline && text[position - 1] == 0x0A)
        case .lineEnd:
            if multiline { return position == count || text[position] == 0x0A }
            return position == count || (position == count - 1 && text[position] == 0x0A)
        case .wordBoundary, .notWordBoundary:
            // Python: neither holds in an empty string.
            guard count > 0 else { return false }
            let before = position > 0 && PythonCharacterKinds.isWord(text[position - 1], ascii: ascii)
            let after = position < count && PythonCharacterKinds.isWord(text[position], ascii: ascii)
            return (before != after) == (anchor == .wordBoundary)
        }
    }

    /// The end of the group's text repeated at `position`, or nil (an unset group never matches).
    private func backreference(_ group: Int, at position: Int, ignoreCase: Bool, ascii: Bool) -> Int? {
        let start = slots[2 * group], end = slots[2 * group + 1]
        guard start >= 0, end >= start, position + (end - start) <= text.count else { return nil }
        for offset in 0..<(end - start) {
            let a = text[start + offset], b = text[position + offset]
            if a == b { continue }
            // Python compares backreferences by lowercase, not by fold.
            guard ignoreCase, PythonCaseFolding.lower(a, ascii: ascii) == PythonCaseFolding.lower(b, ascii: ascii) else { return nil }
        }
        return position + (end - start)
    }
}
