/// One step of a compiled pattern. The matcher runs these as a backtracking machine: `split`
/// tries its first target and keeps the second for when the first fails, which gives the
/// same priorities (greedy, lazy, leftmost branch first) as Python's `sre`.
enum MatchInstruction: Sendable {
    /// One exact character.
    case character(UInt32)
    /// One character compared ignoring case: the text's fold must equal `fold`.
    case foldedCharacter(fold: UInt32, ascii: Bool)
    /// One character of the set at this index of `MatchProgram.sets`.
    case set(Int)
    /// `.`; `newline` says whether it matches `\n` too (the `s` flag).
    case anyCharacter(newline: Bool)
    /// A zero-width test of the position.
    case assertion(RegexAnchor, multiline: Bool, ascii: Bool)
    /// Go on at `preferred`; if that fails, at `alternative`.
    case split(preferred: Int, alternative: Int)
    case jump(Int)
    /// Record the position in a capture slot (group `n` has slots `2n` and `2n+1`).
    case save(slot: Int)
    /// `\n` or `(?P=name)`: the text of group `group` again.
    case backreference(group: Int, ignoreCase: Bool, ascii: Bool)
    /// A lookaround whose body starts at the next instruction and ends with `succeed`; the
    /// pattern goes on at `next`. `behind` is the fixed width of a lookbehind, nil for lookahead.
    case lookaround(next: Int, isNegative: Bool, behind: Int?)
    /// An atomic group (or possessive repeat): its body, ending with `succeed`, is matched
    /// once, its first match is kept and never revisited; the pattern goes on at `next`.
    case atomic(next: Int)
    /// `(?(group)yes|no)`: go on with the next instruction when the group matched, else at `no`.
    case conditional(group: Int, no: Int)
    /// Start of one iteration of a loop whose body can match empty: remember where it began.
    case iterationStart(slot: Int)
    /// End of such an iteration: loop again at `loop` only when it consumed something
    /// (Python stops repeating after an empty iteration), else go on at `exit`.
    case iterationEnd(slot: Int, loop: Int, exit: Int)
    /// End of a lookaround or atomic body.
    case succeed
    /// The whole pattern matched.
    case match
}
