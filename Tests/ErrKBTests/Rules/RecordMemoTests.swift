import Foundation
import Testing
@testable import ErrKB

/// The record memo hands every rule of a record the pairs that rule would build itself, builds
/// them only when asked, and never serves one record's pairs for another.
@Suite struct RecordMemoTests {
    private func typed(_ text: String, file: String) throws -> TypedRecord {
        let schema = try RecordSchema.load(from: RepositoryPaths.schema)
        let source = SourceLoader().load(bytes: Array(text.utf8), file: file, format: .yaml)
        let root = try #require(source.root)
        return TypedRecord(file: file, format: .yaml, root: root,
                           value: SchemaTyper(root: schema.shape, dialect: .yaml).value(of: root), text: source.text)
    }

    private var seed: String { ExampleDocument.baseText }

    @Test func memoizedPairsAreTheRulesOwn() throws {
        let record = try typed(seed, file: RuleExample.defaultFile)
        let memo = RecordMemo(file: record.file)
        #expect(!memo.holdsTranslationPairs, "nothing is worked out before a rule asks")
        let expected = TranslationPairs.checked(record)
        #expect(!expected.isEmpty)
        #expect(memo.checkedTranslationPairs(of: record) == expected)
        #expect(memo.holdsTranslationPairs)
        #expect(memo.checkedTranslationPairs(of: record) == expected, "a second rule gets the same pairs")
    }

    @Test func anotherRecordIsNotServedTheMemosPairs() throws {
        let record = try typed(seed, file: "records/llm/a.yaml")
        let other = try typed(seed.replacingOccurrences(of: "\nroot_cause_zh: ", with: "\nroot_cause_zh: 另一个原因"),
                              file: "records/llm/b.yaml")
        #expect(TranslationPairs.checked(record) != TranslationPairs.checked(other))
        var context = RuleContext(today: try #require(CalendarDate("2026-01-01")), config: Configuration(),
                                  schema: try RecordSchema.load(from: RepositoryPaths.schema))
        context.recordMemo = RecordMemo(file: record.file)
        #expect(context.checkedTranslationPairs(of: record) == TranslationPairs.checked(record))
        #expect(context.checkedTranslationPairs(of: other) == TranslationPairs.checked(other))
    }

    @Test func aLocaleZhRecordHasNoCheckedPairs() throws {
        let record = try typed(seed + "locale: zh\n", file: RuleExample.defaultFile)
        #expect(TranslationPairs.isChineseLocale(record))
        #expect(RecordMemo(file: record.file).checkedTranslationPairs(of: record) == [])
    }
}
