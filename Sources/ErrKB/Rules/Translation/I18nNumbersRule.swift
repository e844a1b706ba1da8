/// Numbers, versions, HTTP codes and durations agree between the English and the Chinese.
struct I18nNumbersRule: RecordRule {
    static let description = RuleDescription(
        id: "i18n-numbers", defaultSeverity: .warning, group: .translation,
        summary: "A number, version, HTTP code or duration is in one text of a pair and not the other",
        rationale: """
            A translation that says 60 seconds where the English says 30, or drops a version, sends \
            readers the wrong way. Copy numbers exactly; units may change language (30s, 30 seconds \
            and 30秒 are the same). Only prose is compared: code is i18n-code's. Numbers written in \
            Chinese numerals (三) are not recognised: write digits.
            """,
        examples: [
            .passes("signature: 'Timeout after 30 seconds (HTTP 504)'\nsignature_zh: '30秒后超时（HTTP 504）'"),
            .fails("signature: 'Timeout after 30s'\nsignature_zh: ↓'60秒后超时'"),
            .fails("root_cause: 'Fixed in openai 1.3.0'\nroot_cause_zh: ↓'在 openai 中已修复'"),
        ])

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        for pair in context.checkedTranslationPairs(of: record) {
            guard let chinese = pair.chinese, pair.isTranslated else { continue }
            let english = Set(NumberTokens.extract(CodeLines.prose(of: pair.english, codeLines: pair.hasCodeLines)))
            let translated = Set(NumberTokens.extract(CodeLines.prose(of: chinese, codeLines: pair.hasCodeLines)))
            guard english != translated else { continue }
            var parts: [String] = []
            let lost = english.subtracting(translated).sorted()
            let added = translated.subtracting(english).sorted()
            if !lost.isEmpty { parts.append("\(lost.joined(separator: ", ")) only in \(pair.englishName)") }
            if !added.isEmpty { parts.append("\(added.joined(separator: ", ")) only in \(pair.chineseName)") }
            report.add(record, at: pair.chinesePath, "numbers differ: \(parts.joined(separator: "; "))",
                       hint: "copy numbers, versions and durations exactly; units may be 秒, 分钟, 小时")
        }
    }
}
