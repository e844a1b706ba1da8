/// The URLs of a pair are the same.
struct I18nUrlsRule: RecordRule {
    static let description = RuleDescription(
        id: "i18n-urls", defaultSeverity: .warning, group: .translation,
        summary: "The English and the Chinese of a pair link to different URLs",
        rationale: """
            A link lost or changed in translation sends Chinese readers elsewhere or nowhere. Keep \
            every URL of the English, code included; link to a Chinese edition only beside the original.
            """,
        examples: [
            .passes("root_cause: 'See https://example.com/a.'\nroot_cause_zh: '见 https://example.com/a。'"),
            .fails("root_cause: 'See https://example.com/a for details'\nroot_cause_zh: ↓'详见文档'"),
        ])

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        for pair in context.checkedTranslationPairs(of: record) {
            guard let chinese = pair.chinese, pair.isTranslated else { continue }
            let english = Set(URLTokens.extract(pair.english))
            let translated = Set(URLTokens.extract(chinese))
            guard english != translated else { continue }
            var parts: [String] = []
            let lost = english.subtracting(translated).sorted()
            let added = translated.subtracting(english).sorted()
            if !lost.isEmpty { parts.append("\(pair.chineseName) lacks \(lost.joined(separator: ", "))") }
            if !added.isEmpty { parts.append("\(pair.chineseName) adds \(added.joined(separator: ", "))") }
            report.add(record, at: pair.chinesePath, "urls differ from \(pair.englishName): \(parts.joined(separator: "; "))",
                       hint: "copy the URLs of \(pair.englishName) unchanged")
        }
    }
}
