import Foundation

/// A `_zh` text that is not Chinese.
struct I18nNotChineseRule: RecordRule {
    static let description = RuleDescription(
        id: "i18n-not-chinese", defaultSeverity: .warning, group: .translation,
        summary: "A _zh text has no Chinese character or is the English copied",
        rationale: """
            A _zh field holding English (often the English pasted as a placeholder) hides the \
            missing translation from i18n-missing and from the coverage counts. Translate it, or set \
            it to null until someone does. A text that is all code needs no translation and is not checked.
            """,
        examples: [
            .passes("signature: 'Connection reset'\nsignature_zh: 'Connection reset：连接被重置'"),
            .fails("signature_zh: ↓'Connection closed'"),
            .fails("signature: 'Connection reset'\nsignature_zh: ↓'Connection reset'"),
        ])

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        for pair in context.checkedTranslationPairs(of: record) where pair.isTranslated {
            guard let chinese = pair.chinese, CodeLines.hasProse(chinese, codeLines: pair.hasCodeLines) else { continue }
            let hasHan = HanCharacters.contains(chinese)
            // A text with a Han character cannot equal ASCII text, even up to normalization:
            // the common case needs no trimming.
            if !(hasHan && ASCIIText.isASCII(pair.english)),
               chinese.trimmingCharacters(in: .whitespacesAndNewlines) == pair.english.trimmingCharacters(in: .whitespacesAndNewlines) {
                report.add(record, at: pair.chinesePath, "\(pair.chineseName) is the same as \(pair.englishName)",
                           hint: "translate the text, or set \(pair.chineseName) to null until someone does")
            } else if !hasHan {
                report.add(record, at: pair.chinesePath, "\(pair.chineseName) has no Chinese character",
                           hint: "translate the text, or set \(pair.chineseName) to null until someone does")
            }
        }
    }
}
