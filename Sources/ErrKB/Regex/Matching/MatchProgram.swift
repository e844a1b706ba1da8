/// A pattern compiled for matching: instructions, character sets and how to run them.
struct MatchProgram: Sendable {
    var instructions: [MatchInstruction] = []
    var sets: [MatchCharacterSet] = []
    /// Capture slots (two per group, group 0 included) plus one per empty-checked loop.
    var slotCount = 2
    /// True when the outcome from a state never depends on how the matcher got there beyond
    /// what the memo key holds: no backreference (it reads a capture's text), at most
    /// `maximumKeyBits` groups tested by conditionals and empty-checked loops nested at most
    /// that deep. Such programs are matched with a memo of failed states, in time bounded by
    /// instructions × text length (× 2 per key bit); the others run under a step budget.
    var isMemoizable = true
    /// What a match can start with, when the pattern cannot match empty.
    var firstCharacters: FirstCharacters?

    /// For each instruction, the slots of the empty-checked loops whose body holds it. Where a
    /// state leads also depends on whether each such loop's iteration has consumed anything
    /// yet, so the memo key carries one bit per loop: "still at the iteration's start".
    var enclosingLoopSlots: [[Int]] = [] {
        didSet { loopDepth = enclosingLoopSlots.reduce(0) { Swift.max($0, $1.count) } }
    }
    /// Most empty-checked loops around one instruction. Kept, not computed on each read: every
    /// search's machine asks, and working it out again cost more than many searches.
    private(set) var loopDepth = 0
    /// Groups that conditionals test: whether each is set is part of the memo key too.
    var conditionGroups: [Int] = []
    static let maximumKeyBits = 4
}
