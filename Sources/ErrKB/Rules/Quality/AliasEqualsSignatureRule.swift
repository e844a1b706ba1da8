/// Aliases are other spellings: none repeats the signature or another alias.
struct AliasEqualsSignatureRule: RecordRule {
    static let description = RuleDescription(
        id: "alias-equals-signature", defaultSeverity: .warning, group: .quality,
        summary: "No alias repeats the signature or another alias",
        rationale: """
            'aliases' lists the other ways the error is written; a copy of the signature or of \
            another alias adds nothing to matching and hides which spellings are really known. \
            Remove the copy.
            """,
        examples: [
            .passes("aliases:\n- 'Incomplete stream response'\n- 'stream truncated'"),
            .fails("aliases:\n- ↓'Error: Incomplete stream response - expected more data but connection closed unexpectedly.'"),
            .fails("aliases:\n- stream truncated\n- ↓stream truncated"),
        ])

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        let signature = record.value["signature"]?.stringValue
        var seen: [String: Int] = [:]
        for (index, alias) in (record.value["aliases"]?.arrayValue ?? []).enumerated() {
            guard let text = alias.stringValue else { continue }
            let path = JSONPointer.root.appending("aliases").appending(index)
            if text == signature {
                report.add(record, at: path, "alias '\(text)' is the signature",
                           hint: "remove it: the signature is matched already")
            } else if let first = seen[text] {
                report.add(record, at: path, "alias '\(text)' is already listed as alias \(first + 1)",
                           hint: "remove this one")
            } else {
                seen[text] = index
            }
        }
    }
}
