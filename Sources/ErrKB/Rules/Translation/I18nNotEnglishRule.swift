/// Chinese characters in the English fields of a `locale: en` record.
struct I18nNotEnglishRule: RecordRule {
    static let description = RuleDescription(
        id: "i18n-not-english", defaultSeverity: .warning, group: .translation,
        summary: "An English field of a locale: en record has Chinese characters",
        rationale: """
            English readers cannot read Chinese left in signature, root_cause, a workaround or a \
            dead end; it usually means the translation landed in the wrong field. Move it to the \
            _zh field, or set locale: zh if the record is written in Chinese. Code lines are not \
            checked: a string literal may hold Chinese.
            """,
        examples: [
            .passes("root_cause: 'The proxy closed the connection'"),
            .passes("locale: zh\nroot_cause: '代理关闭了连接'"),
            .fails("root_cause: 'The proxy ↓超时 closed it'"),
            .fails("dead_ends:\n- action: 'Raise the timeout'\n  why_fails: 'It ↓只是 hides the problem'"),
        ])

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        guard !TranslationPairs.isChineseLocale(record) else { return }
        let root = JSONPointer.root
        for key in ["signature", "root_cause"] {
            check(record.value[key], at: { root.appending(key) }, codeLines: false, record, into: &report)
        }
        for (list, keys) in [("workarounds", ["action", "how"]), ("dead_ends", ["action", "why_fails"])] {
            for (index, item) in (record.value[list]?.arrayValue ?? []).enumerated() {
                for key in keys {
                    check(item[key], at: { root.appending(list).appending(index).appending(key) },
                          codeLines: list == "workarounds", record, into: &report)
                }
            }
        }
    }

    /// One English text; its path is made only for a finding (most texts have none).
    private func check(_ value: JSONValue?, at path: () -> JSONPointer, codeLines: Bool, _ record: TypedRecord,
                       into report: inout RuleReport) {
        // A text without any Han character has none in its prose: most texts are told so from their bytes.
        guard let text = value?.stringValue, HanCharacters.contains(text) else { return }
        for run in CodeLines.proseRuns(of: text, codeLines: codeLines) {
            guard let offset = HanCharacters.firstOffset(in: run.text) else { continue }
            let path = path()
            report.add(record, at: path, "\(name(of: path)) is English but has Chinese characters",
                       hint: "move the Chinese to the _zh field, or set locale: zh for a record written in Chinese",
                       span: record.span(at: path, scalarOffset: run.offset + offset))
            return
        }
    }

    private func name(of path: JSONPointer) -> String {
        path.tokens.enumerated().map { index, token in
            switch token {
            case .key(let key): index == 0 ? key : ".\(key)"
            case .index(let i): "[\(i)]"
            }
        }.joined()
    }
}
