import Testing
@testable import ErrKB

/// The punctuation count on decoded scalars answers as the Character walk does.
@Suite struct PunctuationMarksTests {
    @Test func scalarWalkMatchesTheCharacterDefinition() {
        let alphabet: [Unicode.Scalar] = ["中", "文", "\u{3400}", "，", "。", "：", "；", "！", "？", ",", ".", ":", ";", "!", "?", " ", "\u{3000}",
                                          "\r", "\n", "\t", "a", "1", "「", "\u{37E}", "\u{301}", "\u{FF0C}", "\u{1F600}"]
        var random = SplitMix64(seed: 0x9C7)
        var found = 0
        var walked = 0
        for _ in 0..<8000 {
            let text = random.text(from: alphabet, shorterThan: 8)
            let expected = PunctuationMarks.byCharacters(in: text)
            if expected.firstHalfWidthAfterHan != nil { found += 1 }
            if PunctuationMarks.byScalars(in: text) != nil { walked += 1 }
            #expect(PunctuationMarks.count(in: text) == expected, "\(text.debugDescription)")
        }
        #expect(found > 300 && walked > 3000)
    }
}
