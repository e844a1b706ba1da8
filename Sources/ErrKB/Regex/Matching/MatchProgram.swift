/// A pattern compiled for matching: instructions, character sets and how to run them.
struct MatchProgram: Sendable {
    var instructions: [MatchInstruction] = []
    var sets: [MatchCharacterSet] = []
    /// Capture slots (two per group, group 0 included) plus one per empty-checked loop.
    var slotCount = 2
    /// True when the outcome from a state never depends on how the matcher got there beyond
    /// what the memo key holds: no backreference, no conditional (both read captures), and
    /// empty-checked loops nested at most `maximumLoopDepth` deep. Such programs are matched
    /// with a memo of failed states, in time bounded by instructions × text length (× 2 per
    /// enclosing empty-checked loop); the others run under a step budget.
    var isMemoizable = true

    /// For each instruction, the slots of the empty-checked loops whose body holds it. Where a
    /// state leads also depends on whether each such loop's iteration has consumed anything
    /// yet, so the memo key carries one bit per loop: "still at the iteration's start".
    var enclosingLoopSlots: [[Int]] = []
    /// Most empty-checked loops around one instruction.
    var loopDepth: Int { enclosingLoopSlots.map(\.count).max() ?? 0 }
    static let maximumLoopDepth = 3
}
