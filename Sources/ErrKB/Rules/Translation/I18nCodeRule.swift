/// Code in a translation is the English's code.
struct I18nCodeRule: RecordRule {
    static let description = RuleDescription(
        id: "i18n-code", defaultSeverity: .warning, group: .translation,
        summary: "Code lines and inline code of a translation differ from the English",
        rationale: """
            Readers paste the code of a workaround; a translation must not change it. Code lines and \
            `inline code` are compared token by token; string literal contents and # or // comments \
            may be translated. A line is code when it has no Chinese outside strings and comments and \
            is indented, starts with a prompt ($, >, >>>), a keyword or command (import, pip, git, for…) \
            or an assignment or call (x = …, f(…)), or ends with { or ;.
            """,
        examples: [
            .passes("root_cause: 'Set `timeout=30` on the client'\nroot_cause_zh: '在客户端上设置 `timeout=30`'"),
            .fails("root_cause: 'Set `timeout=30` on the client'\nroot_cause_zh: ↓'在客户端上设置 `timeout=60`'"),
            .fails("workarounds:\n- action: |-\n    Pin the client:\n    pip install openai==1.3.0\n"
                   + "workarounds_zh:\n- ↓|-\n  固定客户端版本：\n  pip install openai==1.2.0"),
        ])

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        for pair in context.checkedTranslationPairs(of: record) {
            guard let chinese = pair.chinese, pair.isTranslated,
                  !CodeTokens.sameCode(pair.english, chinese, codeLines: pair.hasCodeLines) else { continue }
            let english = CodeTokens.code(of: pair.english, codeLines: pair.hasCodeLines)
            let translated = CodeTokens.code(of: chinese, codeLines: pair.hasCodeLines)
            report.add(record, at: pair.chinesePath, message(pair, english, translated),
                       hint: "copy the code of \(pair.englishName) exactly; translate only strings and comments")
        }
    }

    private func message(_ pair: TranslationPairs.Pair, _ english: [(source: String, tokens: [String])],
                         _ translated: [(source: String, tokens: [String])]) -> String {
        for (original, copy) in zip(english, translated) where original.tokens != copy.tokens {
            return "code differs from \(pair.englishName): '\(copy.source)' where the English has '\(original.source)'"
        }
        if english.count > translated.count {
            return "code of \(pair.englishName) is missing from \(pair.chineseName): '\(english[translated.count].source)'"
        }
        return "\(pair.chineseName) has code that \(pair.englishName) lacks: '\(translated[english.count].source)'"
    }
}
