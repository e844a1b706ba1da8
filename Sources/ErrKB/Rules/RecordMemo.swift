import Synchronization

/// Work that several rules of one record need, done by the first rule that asks and kept for the
/// others: the translation rules all walk the same English/Chinese pairs, and building them
/// (field lookups, pointers, names) for each rule cost about as much as some rules' own checks.
/// Nothing is worked out until a rule asks, so a run with those rules off does not pay for it.
public final class RecordMemo: Sendable {
    /// The file whose record this memo serves: asked about another record, it answers nothing
    /// rather than that record's pairs.
    private let file: String
    private let translationPairs = Mutex<[TranslationPairs.Pair]?>(nil)

    public init(file: String) {
        self.file = file
    }

    /// `TranslationPairs.checked(record)`, worked out on the first call; nil when `record` is not
    /// the memo's.
    func checkedTranslationPairs(of record: TypedRecord) -> [TranslationPairs.Pair]? {
        guard record.file == file else { return nil }
        return translationPairs.withLock { pairs in
            if let pairs { return pairs }
            let checked = TranslationPairs.checked(record)
            pairs = checked
            return checked
        }
    }

    /// Whether the pairs have been worked out: a test's view of the laziness.
    var holdsTranslationPairs: Bool { translationPairs.withLock { $0 != nil } }
}

extension RuleContext {
    /// The pairs of `record` the translation rules compare (`TranslationPairs.checked`): the
    /// record memo's, so the rules of one record build them once.
    func checkedTranslationPairs(of record: TypedRecord) -> [TranslationPairs.Pair] {
        recordMemo?.checkedTranslationPairs(of: record) ?? TranslationPairs.checked(record)
    }
}
