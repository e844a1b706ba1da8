/// The signature has no leading or trailing spaces.
struct SignatureWhitespaceRule: RecordRule {
    static let description = RuleDescription(
        id: "signature-whitespace", defaultSeverity: .warning, group: .quality,
        summary: "The signature has no leading or trailing whitespace",
        rationale: """
            Clients compare and display the signature as written; spaces around it are invisible \
            in review yet make exact lookups miss. Trim them.
            """,
        examples: [
            .passes("signature: 'Error: Incomplete stream response'"),
            .fails("signature: ↓' Error: Incomplete stream response'"),
            .fails("signature: ↓'Error: Incomplete stream response  '"),
        ])

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        guard let signature = record.value["signature"]?.stringValue, !signature.isEmpty else { return }
        let leading = signature.first?.isWhitespace == true
        let trailing = signature.last?.isWhitespace == true
        guard leading || trailing else { return }
        let where_ = leading && trailing ? "leading and trailing" : leading ? "leading" : "trailing"
        report.add(record, at: JSONPointer.root.appending("signature"),
                   "signature has \(where_) whitespace",
                   hint: "remove the spaces around the signature")
    }
}
