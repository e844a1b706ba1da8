import Testing
@testable import ErrKB

/// The automaton finds exactly the literals a substring search finds.
@Suite struct LiteralIndexTests {
    @Test func findsWhatASubstringSearchFinds() {
        var random = SplitMix64(seed: 0x11D3)
        let alphabet: [Unicode.Scalar] = ["a", "b", "c", "错", "\u{10FFFF}", " "]
        func scalars(shorterThan bound: UInt64) -> [UInt32] { random.text(from: alphabet, shorterThan: bound).unicodeScalars.map(\.value) }
        for round in 0..<40 {
            // Up to 2,000 literals, so the transition table grows many times over.
            let literals = (0..<(round * 50)).map { _ in scalars(shorterThan: 7) }
            let index = LiteralIndex(literals.enumerated().map { (literal: $0.element, owner: $0.offset) })
            for _ in 0..<20 {
                let text = scalars(shorterThan: 40)
                var found = Set<Int>()
                index.scan(text) { found.insert($0) }
                let expected = Set(literals.indices.filter { !literals[$0].isEmpty && text.contains(subsequence: literals[$0]) })
                #expect(found == expected, "\(text)")
            }
        }
    }

    /// The prefilter's substring search, against a search written the plain way.
    @Test func subsequenceSearchFindsEveryOccurrenceAndNoOther() {
        var random = SplitMix64(seed: 0x5EA7)
        let alphabet: [UInt32] = [0x61, 0x62, 0x63, 0x9519, 0x10FFFF]
        func scalars(shorterThan bound: UInt64) -> [UInt32] { (0..<Int(random.next() % bound)).map { _ in alphabet[Int(random.next() % 5)] } }
        for _ in 0..<5000 {
            let (text, needle) = (scalars(shorterThan: 12), scalars(shorterThan: 5))
            let expected = needle.isEmpty || (needle.count <= text.count
                && (0...(text.count - needle.count)).contains { Array(text[$0..<($0 + needle.count)]) == needle })
            #expect(text.contains(subsequence: needle) == expected, "\(text) \(needle)")
        }
    }
}
