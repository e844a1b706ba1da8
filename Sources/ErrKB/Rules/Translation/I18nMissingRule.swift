/// English text with no Chinese beside it.
struct I18nMissingRule: RecordRule {
    static let description = RuleDescription(
        id: "i18n-missing", defaultSeverity: .warning, group: .translation,
        summary: "English text whose Chinese translation is null, empty or missing",
        rationale: """
            Chinese readers see the _zh fields; a null or empty one leaves them the English only. \
            Write the translation, or leave the field null on purpose and let this warning count it. \
            A workarounds_zh list that is too short is i18n-count's problem, not this rule's. \
            Records with locale: zh are skipped.
            """,
        examples: [
            .passes("signature: 'Connection reset'\nsignature_zh: '连接被重置'"),
            .fails("signature: 'Connection reset'\nsignature_zh: ↓null"),
            .fails("root_cause_zh: ↓''"),
        ])

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        for pair in context.checkedTranslationPairs(of: record) where !pair.isTranslated {
            let present = record.value(at: pair.chinesePath) != nil
            if pair.field == "workarounds", !present { continue }
            report.add(record, at: present ? pair.chinesePath : pair.englishPath,
                       "\(pair.englishName) has no Chinese translation in \(pair.chineseName)",
                       hint: "write the Chinese of \(pair.englishName) in \(pair.chineseName)")
        }
    }
}
