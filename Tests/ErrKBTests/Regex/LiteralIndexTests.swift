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
}
