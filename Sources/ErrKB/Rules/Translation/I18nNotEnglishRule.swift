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
        var fields = ["signature", "root_cause"].map { root.appending($0) }
        for (list, keys) in [("workarounds", ["action", "how"]), ("dead_ends", ["action", "why_fails"])] {
            for index in (record.value[list]?.arrayValue ?? []).indices {
                fields += keys.map { root.appending(list).appending(index).appending($0) }
            }
        }
        for path in fields {
            guard let text = record.value(at: path)?.stringValue else { continue }
            for run in CodeLines.proseRuns(of: text, codeLines: path.tokens.first == .key("workarounds")) {
                guard let offset = HanCharacters.firstOffset(in: run.text) else { continue }
                report.add(record, at: path, "\(name(of: path)) is English but has Chinese characters",
                           hint: "move the Chinese to the _zh field, or set locale: zh for a record written in Chinese",
                           span: record.span(at: path, scalarOffset: run.offset + offset))
                break
            }
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
