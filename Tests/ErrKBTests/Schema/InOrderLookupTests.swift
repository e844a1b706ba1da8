import Testing
@testable import ErrKB

/// `InOrderLookup` with its dictionary fallback answers what the dictionary alone answers.
@Suite struct InOrderLookupTests {
    @Test func lookupWithFallbackMatchesTheDictionary() {
        // Names that are distinct as Strings; keys also use other spellings of them that String
        // equality treats as equal (precomposed é, the Kelvin sign for K) and unknown names.
        let names = ["id", "regex", "domain", "tags", "é", "K", "a", "b", "c", "d", "versions", "first_seen"]
        let otherKeys = ["e\u{301}", "\u{212A}", "unknown", ""]
        var random = SplitMix64(seed: 0x10C4)
        for _ in 0..<3000 {
            let listed = names.shuffled(using: &random).prefix(Int(random.next() % UInt64(names.count + 1)))
            let list = listed.enumerated().map { (name: $1, value: $0) }
            let dictionary = Dictionary(uniqueKeysWithValues: list.map { ($0.name, $0.value) })
            // Keys mostly in listed order with gaps, then shuffled ones and other spellings.
            var keys = listed.filter { _ in random.next() % 3 != 0 }
            if random.next() % 2 == 0 { keys.shuffle(using: &random) }
            keys.insert(otherKeys[Int(random.next() % UInt64(otherKeys.count))], at: Int(random.next() % UInt64(keys.count + 1)))
            var lookup = InOrderLookup()
            for key in keys {
                #expect((lookup.value(for: key, in: list) ?? dictionary[key]) == dictionary[key], "\(key) in \(listed)")
            }
        }
    }
}
