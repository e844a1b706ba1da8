/// `introduced ≤ deprecated ≤ removed` in each `versions` entry, compared as versions.
struct VersionOrderRule: RecordRule {
    static let description = RuleDescription(
        id: "version-order", defaultSeverity: .error, group: .correctness,
        summary: "introduced ≤ deprecated ≤ removed, compared as versions",
        rationale: """
            A behaviour cannot be removed before it was introduced. Versions are compared part by \
            part as numbers, so 1.10 comes after 1.9 (as text it would not). Fix the version that \
            is out of order.
            """,
        examples: [
            .passes("versions:\n- version: openai>=1.0.0\n  introduced: '1.9'\n  removed: '1.10'"),
            .fails("versions:\n- version: openai>=1.0.0\n  introduced: '1.10'\n  removed: ↓'1.9'"),
        ])

    private static let order = ["introduced", "deprecated", "removed"]

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        let versionsPath = JSONPointer.root.appending("versions")
        for (index, entry) in (record.value["versions"]?.arrayValue ?? []).enumerated() {
            let present = Self.order.compactMap { field in
                entry[field]?.stringValue.flatMap { text in VersionNumber(text).map { (field, text, $0) } }
            }
            for (earlier, later) in zip(present, present.dropFirst()) where later.2 < earlier.2 {
                report.add(record, at: versionsPath.appending(index).appending(later.0),
                           "\(later.0) \(later.1) comes before \(earlier.0) \(earlier.1)",
                           hint: "versions run introduced ≤ deprecated ≤ removed; 1.10 comes after 1.9")
            }
        }
    }
}
