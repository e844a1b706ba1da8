/// A compiled `[...]`, `\d`-style escape: what one character must be.
struct MatchCharacterSet: Sendable {
    let items: [RegexCharacterClass.Item]
    let isNegated: Bool
    /// Compare ignoring case (`i` flag and at least one cased member, as Python decides).
    let ignoresCase: Bool
    let ascii: Bool
    /// Answers for the 128 ASCII characters, worked out once.
    private var asciiAnswers = ASCIIAnswers { _ in false }

    init(items: [RegexCharacterClass.Item], isNegated: Bool, ignoreCase: Bool, ascii: Bool) {
        self.items = items
        self.isNegated = isNegated
        self.ascii = ascii
        self.ignoresCase = ignoreCase && items.contains { item in
            switch item {
            case .literal(let c): PythonCaseFolding.isCased(c, ascii: ascii)
            case .range(let low, let high): (low...min(high, low + 0x3000)).contains { PythonCaseFolding.isCased($0, ascii: ascii) } || high > low + 0x3000
            case .classEscape: false
            }
        }
        let key = SharedASCIIAnswers.Key(items: items, isNegated: isNegated, ignoresCase: ignoresCase, ascii: ascii)
        asciiAnswers = SharedASCIIAnswers.answers(for: key, test: slowContains)
    }

    func contains(_ c: UInt32) -> Bool {
        asciiAnswers.answer(c) ?? slowContains(c)
    }

    /// The test itself, without the ASCII table (internal for the test that the table agrees).
    func slowContains(_ c: UInt32) -> Bool {
        guard ignoresCase else { return items.contains { Self.item($0, contains: c, ascii: ascii) } != isNegated }
        // Python tests the lowercase of the character against the lowercase of every member.
        let fold = PythonCaseFolding.fold(c, ascii: ascii)
        let lowered = PythonCaseFolding.lower(c, ascii: ascii)
        let relatives = PythonCaseFolding.relatives(of: c, ascii: ascii)
        let found = items.contains { item in
            switch item {
            case .literal(let member): PythonCaseFolding.fold(member, ascii: ascii) == fold
            case .range(let low, let high):
                relatives.contains { (low...high).contains($0) && PythonCaseFolding.fold($0, ascii: ascii) == fold }
            case .classEscape(let escape): PythonCharacterKinds.matches(escape, lowered, ascii: ascii)
            }
        }
        return found != isNegated
    }

    private static func item(_ item: RegexCharacterClass.Item, contains c: UInt32, ascii: Bool) -> Bool {
        switch item {
        case .literal(let member): member == c
        case .range(let low, let high): low <= c && c <= high
        case .classEscape(let escape): PythonCharacterKinds.matches(escape, c, ascii: ascii)
        }
    }
}
