/// Text fields that are present hold text, not nothing or only whitespace.
struct EmptyTextRule: RecordRule {
    static let description = RuleDescription(
        id: "empty-text", defaultSeverity: .warning, group: .quality,
        summary: "Text fields are not empty or whitespace only",
        rationale: """
            An empty action, reason, root cause, translation, tag or alias tells a reader nothing \
            and shows as a blank line in clients. Write the text, or remove the item (a \
            translation not written yet is null, not an empty string).
            """,
        examples: [
            .passes("dead_ends:\n- action: Raise the client timeout\n  why_fails: The server closes the stream\n  fail_rate: 0.4"),
            .fails("dead_ends:\n- action: ↓''\n  why_fails: The server closes the stream\n  fail_rate: 0.4"),
            .fails("root_cause_zh: ↓'  '"),
            .fails("tags:\n- streaming\n- ↓' '"),
        ])

    /// Item fields that must hold text; an empty one is not a schema error.
    private static let itemFields = [("dead_ends", ["action", "why_fails"]), ("workarounds", ["action"])]
    /// Fields whose empty string the schema already rejects (minLength): only whitespace is ours.
    private static let schemaNonEmpty: Set<String> = ["root_cause"]
    private static let translations = ["signature_zh", "root_cause_zh"]
    /// String lists, and whether an empty entry is ours (the schema has no minLength for it).
    private static let lists = [("workarounds_zh", true), ("tags", false), ("aliases", false)]

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        let root = JSONPointer.root
        for (list, fields) in Self.itemFields {
            for (index, item) in (record.value[list]?.arrayValue ?? []).enumerated() {
                for field in fields {
                    Self.check(record, item[field], at: root.appending(list).appending(index).appending(field),
                               name: field, reportsEmpty: true, into: &report)
                }
            }
        }
        for field in Self.translations + Array(Self.schemaNonEmpty) {
            Self.check(record, record.value[field], at: root.appending(field), name: field,
                       reportsEmpty: !Self.schemaNonEmpty.contains(field), into: &report)
        }
        for (list, reportsEmpty) in Self.lists {
            for (index, entry) in (record.value[list]?.arrayValue ?? []).enumerated() {
                Self.check(record, entry, at: root.appending(list).appending(index), name: list,
                           reportsEmpty: reportsEmpty, into: &report)
            }
        }
    }

    /// `path` is built only for a finding: nearly every text passes, and building the pointer of
    /// each cost more than looking at the text.
    private static func check(_ record: TypedRecord, _ value: JSONValue?, at path: @autoclosure () -> JSONPointer, name: String,
                              reportsEmpty: Bool, into report: inout RuleReport) {
        guard let text = value?.stringValue,
              ASCIIText.isBlank(text), !(text.isEmpty && !reportsEmpty) else { return }
        let what = text.isEmpty ? "is empty" : "holds only whitespace"
        let hint = name.hasSuffix("_zh")
            ? "write the translation, or set '\(name)' to null until there is one"
            : "write the text, or remove the item"
        report.add(record, at: path(), "'\(name)' \(what)", hint: hint)
    }
}
