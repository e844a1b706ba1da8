/// One Chinese text uses one width of sentence punctuation.
struct I18nPunctuationRule: RecordRule {
    static let description = RuleDescription(
        id: "i18n-punctuation", defaultSeverity: .note, group: .translation,
        summary: "A Chinese text mixes full-width and half-width sentence punctuation",
        rationale: """
            Chinese prose takes full-width ，。：；！？; a half-width , . : ; ! ? right after a Chinese \
            character (followed by a space, a Chinese character or the end) in a text that otherwise \
            uses full-width marks is a slip. Code lines, inline code and quoted English such as \
            "Error:" are not counted.
            """,
        examples: [
            .passes("signature_zh: '连接被重置，请重试。'"),
            .fails("signature_zh: '连接被重置↓, 请重试。'"),
        ])

    static let fullWidth: Set<Character> = ["，", "。", "：", "；", "！", "？"]
    static let halfWidth: Set<Character> = [",", ".", ":", ";", "!", "?"]

    /// `fullWidth.contains`, asked of every character of every Chinese text: only a Character
    /// that starts with one of these scalars can equal one (none of them is the decomposition of
    /// another scalar), so most characters are answered without hashing.
    static func isFullWidth(_ character: Character) -> Bool {
        guard let first = character.unicodeScalars.first?.value, [0xFF0C, 0x3002, 0xFF1A, 0xFF1B, 0xFF01, 0xFF1F].contains(first) else {
            return false
        }
        return fullWidth.contains(character)
    }

    /// `halfWidth.contains`, the same way: the ASCII marks, and U+037E, the Greek question mark,
    /// which is canonically a semicolon.
    static func isHalfWidth(_ character: Character) -> Bool {
        guard let first = character.unicodeScalars.first?.value, [0x2C, 0x2E, 0x3A, 0x3B, 0x21, 0x3F, 0x37E].contains(first) else {
            return false
        }
        return halfWidth.contains(character)
    }

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        for pair in context.checkedTranslationPairs(of: record) {
            guard let chinese = pair.chinese, pair.isTranslated else { continue }
            var fullWidthCount = 0
            var firstHalfWidth: Int?
            for run in CodeLines.proseRuns(of: chinese, codeLines: pair.hasCodeLines) {
                let marks = PunctuationMarks.count(in: run.text)
                fullWidthCount += marks.fullWidth
                if firstHalfWidth == nil, let offset = marks.firstHalfWidthAfterHan { firstHalfWidth = run.offset + offset }
            }
            guard fullWidthCount > 0, let offset = firstHalfWidth else { continue }
            report.add(record, at: pair.chinesePath, "\(pair.chineseName) mixes half-width and full-width punctuation",
                       hint: "use full-width ，。：；！？ after Chinese text",
                       span: record.span(at: pair.chinesePath, scalarOffset: offset))
        }
    }

}
