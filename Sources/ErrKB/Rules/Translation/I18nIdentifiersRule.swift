/// Exception names, error codes and file names survive translation.
struct I18nIdentifiersRule: RecordRule {
    static let description = RuleDescription(
        id: "i18n-identifiers", defaultSeverity: .warning, group: .translation,
        summary: "An exception name, error code or file name of the English is missing from the Chinese",
        rationale: """
            Readers search for ModuleNotFoundError, E0382, ENOENT or package.json exactly as the tool \
            prints them; a translation that renders them in Chinese loses the match. Keep such names \
            verbatim, in backticks if you like. Code lines are i18n-code's.
            """,
        examples: [
            .passes("root_cause: 'Raises ModuleNotFoundError'\nroot_cause_zh: '抛出 `ModuleNotFoundError`'"),
            .fails("root_cause: 'Raises ModuleNotFoundError when requirements.txt is stale'\n"
                   + "root_cause_zh: ↓'依赖文件过期时报模块未找到错误'"),
        ])

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        for pair in context.checkedTranslationPairs(of: record) {
            guard let chinese = pair.chinese, pair.isTranslated else { continue }
            let lost = IdentifierTokens.extract(CodeLines.proseLines(of: pair.english, codeLines: pair.hasCodeLines)).filter { !chinese.contains($0) }
            guard !lost.isEmpty else { continue }
            report.add(record, at: pair.chinesePath,
                       "\(pair.chineseName) lost \(lost.joined(separator: ", ")) that \(pair.englishName) names",
                       hint: "keep exception names, error codes and file names verbatim in the Chinese")
        }
    }
}
