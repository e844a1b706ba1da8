import Testing
@testable import ErrKB

/// The validator's shortcuts give what the plain definitions they replace give.
@Suite struct SchemaValidatorShortcutTests {
    @Test func codePointCountIsTheScalarCount() {
        let alphabet: [Unicode.Scalar] = ["a", " ", "\r", "\n", "é", "e", "\u{301}", "中", "\u{200D}", "\u{1F600}", "\u{10FFFF}", "\u{7F}", "\u{80}"]
        var random = SplitMix64(seed: 0xC0C0)
        for _ in 0..<4000 {
            let text = String(String.UnicodeScalarView((0..<Int(random.next() % 12)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }))
            #expect(SchemaValidator.codePointCount(text) == text.unicodeScalars.count, "\(text.debugDescription)")
        }
    }

    @Test func missingKeysMatchesAScanOfEveryMember() {
        // Keys in and out of order, repeated, missing, and canonically equivalent spellings.
        let names = ["id", "regex", "domain", "tags", "é", "e\u{301}", "\u{212A}", "K", ""]
        var random = SplitMix64(seed: 0x4E45)
        for _ in 0..<4000 {
            let members = (0..<Int(random.next() % 7)).map { _ in (key: names[Int(random.next() % UInt64(names.count))], value: JSONValue.null) }
            let required = (0..<Int(random.next() % 6)).map { _ in names[Int(random.next() % UInt64(names.count))] }
            let expected = required.filter { name in !members.contains { $0.key == name } }
            #expect(SchemaValidator.missingKeys(required, in: members) == expected, "\(required) in \(members.map(\.key))")
        }
    }
}
