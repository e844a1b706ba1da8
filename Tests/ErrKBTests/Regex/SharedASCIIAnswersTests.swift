import Testing
@testable import ErrKB

/// A character set's ASCII answers, shared between sets compiled alike, are the answers its own
/// slow test gives: sets that differ only in negation, case or the ASCII flag never share.
@Suite struct SharedASCIIAnswersTests {
    @Test func sharedAnswersAreTheSetsOwn() {
        let memberLists: [[RegexCharacterClass.Item]] = [
            [.literal(0x61)], [.literal(0x41)], [.range(0x61, 0x7A)], [.range(0x41, 0x5A), .literal(0x5F)],
            [.literal(0x4B)], [.literal(0x212A)], [.literal(0x22)],
        ] + [RegexClassEscape.digit, .word, .space, .notWord].map { [RegexCharacterClass.Item.classEscape($0)] }
        var checked = 0
        // Twice over: the second round is answered from the table the first round filled.
        for _ in 0..<2 {
            for items in memberLists {
                for isNegated in [false, true] {
                    for ignoreCase in [false, true] {
                        for ascii in [false, true] {
                            let set = MatchCharacterSet(items: items, isNegated: isNegated, ignoreCase: ignoreCase, ascii: ascii)
                            for c in UInt32(0)..<128 where set.contains(c) != set.slowContains(c) {
                                Issue.record("\(items) negated \(isNegated) i \(ignoreCase) ascii \(ascii): \(c)")
                            }
                            checked += 1
                        }
                    }
                }
            }
        }
        #expect(checked == 2 * 8 * 11)
    }
}
