import Testing
@testable import ErrKB

/// The banded distance and the prefiltered suggestions against the plain Levenshtein
/// distance, on random words over a small alphabet (so that most pairs are close).
@Suite struct EditDistanceTests {
    private static let alphabet: [Unicode.Scalar] = ["a", "b", "A", "c", "-", "/", "1", "é", "É", "错", "0"]

    /// Every cell of the table: the reference.
    private static func reference(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1)
            }
            previous = current
        }
        return previous[b.count]
    }

    /// The suggestion as first written: every name lowercased and compared in full.
    private static func referenceClosest(to word: String, among names: [String]) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        let limit = EditDistance.limit(forLength: target.count)
        var best: (name: String, distance: Int)?
        for name in names where name != word {
            let distance = reference(target, Array(name.lowercased().unicodeScalars))
            if distance <= limit, distance < (best?.distance ?? Int.max) { best = (name, distance) }
        }
        return best?.name
    }

    @Test func bandedDistanceIsExactWithinItsLimit() {
        var random = SplitMix64(seed: 0xED17)
        for _ in 0..<20_000 {
            let a = Array(random.text(from: Self.alphabet, shorterThan: 12).unicodeScalars)
            let b = Array(random.text(from: Self.alphabet, shorterThan: 12).unicodeScalars)
            let limit = Int(random.next() % 4)
            let expected = Self.reference(a, b)
            let found = EditDistance.distance(a, b, limit: limit)
            #expect(min(found, limit + 1) == min(expected, limit + 1), "\(a) \(b) limit \(limit)")
            if expected <= limit { #expect(found == expected, "\(a) \(b) limit \(limit)") }
        }
    }

    @Test func suggestionsAreThoseOfComparingEveryName() {
        var random = SplitMix64(seed: 0x5E66)
        for _ in 0..<300 {
            let names = (0..<Int(random.next() % 40)).map { _ in random.text(from: Self.alphabet, shorterThan: 10) }
            let candidates = EditDistance.Candidates(names)
            for _ in 0..<20 {
                // Half the words are a name with one or two scalars changed.
                var word = random.text(from: Self.alphabet, shorterThan: 10)
                if !names.isEmpty, random.next() % 2 == 0 {
                    var scalars = Array(names[Int(random.next() % UInt64(names.count))].unicodeScalars)
                    for _ in 0..<(1 + random.next() % 2) where !scalars.isEmpty {
                        scalars[Int(random.next() % UInt64(scalars.count))] = Self.alphabet[Int(random.next() % UInt64(Self.alphabet.count))]
                    }
                    word = String(String.UnicodeScalarView(scalars))
                }
                #expect(candidates.closest(to: word) == Self.referenceClosest(to: word, among: names), "\(word) among \(names)")
            }
        }
    }

    @Test func suggestsTheIdOneTypoAway() {
        let ids = ["llm/rate-limit", "llm/context-length", "git/detached-head"]
        #expect(EditDistance.closest(to: "llm/rate-limt", among: ids) == "llm/rate-limit")
        #expect(EditDistance.closest(to: "LLM/Context-Length", among: ids) == "llm/context-length")
        #expect(EditDistance.closest(to: "npm/peer-dependency", among: ids) == nil)
    }
}
