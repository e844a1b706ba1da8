/// Brackets and quotes balanced in the English stay balanced in the Chinese.
struct I18nBracketsRule: RecordRule {
    static let description = RuleDescription(
        id: "i18n-brackets", defaultSeverity: .warning, group: .translation,
        summary: "Brackets or quotes balanced in the English are unbalanced in the Chinese",
        rationale: """
            An unclosed bracket or quote in a translation is usually a lost half of a parenthesis or \
            a broken code fragment. Full-width and ASCII brackets count together (（ may close with \
            ) or ）); 「」, 『』, “” and 《》 pair among themselves; straight double quotes come in pairs.
            """,
        examples: [
            .passes("signature: 'Timeout (30s)'\nsignature_zh: '超时（30秒)'"),
            .fails("signature: 'Timeout (30s)'\nsignature_zh: '超时↓（30秒'"),
        ])

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        for pair in context.checkedTranslationPairs(of: record) {
            guard let chinese = pair.chinese, pair.isTranslated, BracketBalance.isBalanced(pair.english),
                  let offset = BracketBalance.firstProblem(in: chinese) else { continue }
            report.add(record, at: pair.chinesePath,
                       "brackets or quotes in \(pair.chineseName) do not balance, though those of \(pair.englishName) do",
                       hint: "close the bracket or quote the way the English does",
                       span: record.span(at: pair.chinesePath, scalarOffset: offset))
        }
    }
}
