/// `workarounds_zh` has one entry per workaround.
struct I18nCountRule: RecordRule {
    static let description = RuleDescription(
        id: "i18n-count", defaultSeverity: .error, group: .translation,
        summary: "workarounds_zh has as many items as workarounds, in the same order",
        rationale: """
            Clients show workarounds_zh[i] as the Chinese of workarounds[i]; with a different count \
            every translation after the gap sits under the wrong workaround. Add the missing \
            translation at its position or remove the extra one. Checked for every locale.
            """,
        examples: [
            .passes("workarounds: []\nworkarounds_zh: []"),
            .fails("workarounds_zh: ↓['只有一个']"),
            .fails("workarounds:\n- action: Retry\nworkarounds_zh:\n- 重试\n- ↓多余的"),
        ])

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        let english = record.value["workarounds"]?.arrayValue?.count ?? 0
        let chinese = record.value["workarounds_zh"]?.arrayValue?.count ?? 0
        let field = JSONPointer.root.appending("workarounds_zh")
        if chinese < english {
            let at = record.value["workarounds_zh"] == nil ? JSONPointer.root.appending("workarounds") : field
            report.add(record, at: at, onKey: at != field,
                       "workarounds[\(chinese)] has no translation: workarounds_zh has \(chinese) \(items(chinese)), workarounds \(english)",
                       hint: "add the Chinese of workarounds[\(chinese)] at position \(chinese) of workarounds_zh")
        } else if chinese > english {
            report.add(record, at: field.appending(english),
                       "workarounds_zh[\(english)] translates no workaround: workarounds has \(english) \(items(english))",
                       hint: "remove the extra translation or add the workaround it translates")
        }
    }

    private func items(_ count: Int) -> String { count == 1 ? "item" : "items" }
}
