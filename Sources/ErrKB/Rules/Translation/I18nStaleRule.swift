/// Found by `errkb translate-check --since REV`, which compares each record with its text at a
/// git revision; it has no check of its own.
struct I18nStaleRule: Rule {
    static let description = RuleDescription(
        id: "i18n-stale", defaultSeverity: .warning, group: .translation,
        summary: "The English changed since a git revision while its Chinese did not",
        rationale: """
            When someone edits signature, root_cause or a workaround and leaves the _zh field as it \
            was, the Chinese now translates an older text. translate-check --since REV reads each \
            record as it was at REV (git show REV:path) and reports such pairs at the _zh field. \
            Update the translation; a new record (absent at REV) is not reported.
            """,
        examples: [
            .passes("signature_zh: 'Error: 不完整的流式响应 - 预期更多数据但连接意外关闭。'"),
        ])
}
