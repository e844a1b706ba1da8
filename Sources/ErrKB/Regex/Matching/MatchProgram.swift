/// A pattern compiled for matching: instructions, character sets and how to run them.
struct MatchProgram: Sendable {
    var instructions: [MatchInstruction] = []
    var sets: [MatchCharacterSet] = []
    /// Capture slots (two per group, group 0 included) plus one per empty-checked loop.
    var slotCount = 2
    /// True when the outcome from a (instruction, position) state never depends on how the
    /// matcher got there: no backreference, no conditional, no loop that can repeat empty.
    /// Such programs are matched with a memo of failed states, in time bounded by
    /// instructions × text length; the others run under a step budget.
    var isMemoizable = true
}
