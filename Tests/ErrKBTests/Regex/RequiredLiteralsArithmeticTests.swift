import Testing
@testable import ErrKB

/// The literal arithmetic of `RequiredLiterals`, done in place, gives what its plain definition
/// gives: a product's string is `x + y` cut to the longest kept, and a set's score is its
/// shortest literal's length, then its size.
@Suite struct RequiredLiteralsArithmeticTests {
    private static func literals() -> [[UInt32]] {
        var random = SplitMix64(seed: 0x11_7E4A)
        let lengths = [0, 1, 2, 5, 12, 23, 24, 25, 30]
        return lengths.flatMap { length in
            (0..<3).map { _ in (0..<length).map { _ in UInt32(random.next() % 5) } }
        }
    }

    @Test func joinedIsTheConcatenationCut() {
        let literals = Self.literals()
        for x in literals {
            for y in literals {
                #expect(RequiredLiterals.joined(x, y) == Array((x + y).prefix(RequiredLiterals.maximumLength)), "\(x) + \(y)")
            }
        }
    }

    @Test func scoreIsTheShortestLengthThenTheSize() {
        let literals = Self.literals()
        var sets: [Set<[UInt32]>] = [[]]
        for (index, literal) in literals.enumerated() {
            sets.append([literal])
            sets.append(Set(literals[index...].prefix(4)))
            sets.append(Set(literals.prefix(index + 1).suffix(3)))
        }
        for set in sets {
            #expect(RequiredLiterals.score(set) == (set.map(\.count).min() ?? 0) * 100 - set.count, "\(set)")
        }
    }
}
