import Synchronization

/// The ASCII answers of the character sets compiled so far in this process, by everything that
/// decides them. A KB's regexes share a handful of sets (`\s`, `\d`, `[a-z]`, `[^"]`), and
/// testing the 128 characters one slow test at a time made up about a third of compiling a
/// typical record's regex for matching.
enum SharedASCIIAnswers {
    /// What a set's answers depend on: its members and the flags it was compiled under.
    struct Key: Hashable, Sendable {
        let items: [RegexCharacterClass.Item]
        let isNegated: Bool
        let ignoresCase: Bool
        let ascii: Bool
    }

    /// Most sets kept before the table is emptied, so memory does not grow with the KB.
    static let capacity = 4096

    private static let table = Mutex<[Key: ASCIIAnswers]>([:])

    /// The answers for `key`, worked out with `test` the first time. Two threads may both work
    /// them out, and get the same answers.
    static func answers(for key: Key, test: (UInt32) -> Bool) -> ASCIIAnswers {
        if let known = table.withLock({ $0[key] }) { return known }
        let answers = ASCIIAnswers(test)
        table.withLock { table in
            if table.count >= capacity { table.removeAll(keepingCapacity: true) }
            table[key] = answers
        }
        return answers
    }
}
