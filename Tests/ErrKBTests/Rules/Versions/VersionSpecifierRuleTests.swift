import Testing
@testable import ErrKB

/// `version-specifier` reads bytes; it must agree with the Character definition it replaced.
@Suite struct VersionSpecifierRuleTests {
    /// Pieces of specifiers, and the characters that could trip a byte reading: CR LF, a
    /// combining mark, non-ASCII letters, the Kelvin sign (canonically equivalent to `K`) and
    /// the Greek question mark (to `;`).
    static let pieces = ["openai", "react", "urllib3", "@", "@types/node", "a_b.c-d", "[extra]", ">=", "==", "!=", "~=", "===",
                         "<", ">", "^", "~", ",", "1.0", "18.2.0", "v2", "*", "2.0.0-rc1+x!", " ", "é", "\u{301}", "\u{212A}",
                         "\u{37E}", "\r\n", "\n", "\r", "中", ".", "/"]

    @Test func byteReadingMatchesTheCharacterDefinition() {
        var random = SplitMix64(seed: 0xFE75)
        let fixed = ["openai>=1.0.0", "urllib3>=2,<3", "react@^18.2", "@types/node@^18", ">=1.0 openai", "pkg >= 1.0 , < 2",
                     "openai>=1.0\r\n", "openai\u{212A}>=1", "ope\u{301}nai>=1"]
        func pick(_ choices: [String]) -> String { choices[Int(random.next() % UInt64(choices.count))] }
        /// A specifier built from the grammar, then maybe spoiled by one piece put anywhere.
        func sample() -> String {
            guard random.next() % 3 != 0 else { return (0..<(1 + Int(random.next() % 6))).map { _ in pick(Self.pieces) }.joined() }
            let clauses = (0..<(1 + Int(random.next() % 3))).map { _ in pick([">=", "==", "<", "~=", "^", "!=", "===", "="]) + pick(["1.0", "v2", "*", "2.0.0-rc1+x!", "18"]) }
            var text = pick(["openai", "react", "a_b.c-d", "@types/node", "x[extra]"])
                + (random.next() % 4 == 0 ? "@" + pick(["^", "~", ""]) + pick(["18.2", "v1", "*"]) : clauses.joined(separator: pick([",", ", ", " , "])))
            if random.next() % 2 == 0 {
                let at = text.index(text.startIndex, offsetBy: Int(random.next() % UInt64(text.count + 1)))
                text.insert(contentsOf: pick(Self.pieces), at: at)
            }
            return text
        }
        var wellFormed = 0
        for text in fixed + (0..<20000).map({ _ in sample() }) {
            let expected = CharacterDefinition.isWellFormed(text)
            if expected { wellFormed += 1 }
            #expect(VersionSpecifierRule.isWellFormed(text) == expected, "\(text.debugDescription)")
        }
        #expect(wellFormed > 2000, "the samples should hold many well-formed specifiers")
    }

    /// The rule's definition before it read bytes, kept as the reference.
    enum CharacterDefinition {
        static func isWellFormed(_ text: String) -> Bool {
            let spec = text.filter { $0 != " " }
            let nameEnd = spec.firstIndex { !(isAlphanumeric($0) || "._-/[]".contains($0)) } ?? spec.endIndex
            var name = spec[..<nameEnd]
            if spec.hasPrefix("@") {
                guard let at = spec.dropFirst().firstIndex(of: "@") else { return false }
                name = spec[..<at]
                return isPackageName(name.dropFirst()) && isVersion(spec[spec.index(after: at)...].drop { "^~".contains($0) })
            }
            guard !name.isEmpty, isPackageName(name) else { return false }
            let rest = spec[nameEnd...]
            if rest.first == "@" { return isVersion(rest.dropFirst().drop { "^~".contains($0) }) }
            guard !rest.isEmpty else { return false }
            return rest.split(separator: ",", omittingEmptySubsequences: false).allSatisfy { clause in
                let op = clause.prefix { "<>=!~^".contains($0) }
                return operators.contains(op) && isVersion(clause.dropFirst(op.count))
            }
        }

        static let operators: Set<Substring> = ["==", "!=", ">=", "<=", ">", "<", "~=", "===", "^", "~"]

        static func isAlphanumeric(_ character: Character) -> Bool {
            guard let byte = character.asciiValue else { return false }
            return ASCIIText.isLetter(byte) || ASCIIText.isDigit(byte)
        }

        static func isPackageName(_ name: Substring) -> Bool {
            guard let first = name.first, isAlphanumeric(first) else { return false }
            return name.allSatisfy { isAlphanumeric($0) || "._-/[]".contains($0) }
        }

        static func isVersion(_ text: Substring) -> Bool {
            guard let first = text.first, first.asciiValue.map(ASCIIText.isDigit) ?? false || first == "v" || first == "*" else { return false }
            return text.allSatisfy { isAlphanumeric($0) || ".*+-!".contains($0) }
        }
    }
}
