/// Confidence above 0.3 rests on at least three reports.
struct ConfidenceEvidenceRule: RecordRule {
    static let description = RuleDescription(
        id: "confidence-evidence", defaultSeverity: .warning, group: .quality,
        summary: "confidence above 0.3 needs an evidence_count of 3 or more",
        rationale: """
            Confidence says how sure the record is of its root cause; one or two reports cannot \
            make it sure. Lower 'confidence' to 0.3 or less, or find more independent reports \
            and raise 'evidence_count'.
            """,
        examples: [
            .passes("confidence: 0.85\nfix_success_rate: 0.8\nresolvable: partial\nevidence_count: 4"),
            .passes("confidence: 0.3\nevidence_count: 1"),
            .fails("confidence: ↓0.85\nevidence_count: 1"),
        ])

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        guard let evidence = record.value["evidence_count"]?.doubleValue, evidence < 3,
              let confidence = record.value["confidence"]?.doubleValue, confidence > 0.3 else { return }
        report.add(record, at: JSONPointer.root.appending("confidence"),
                   "confidence \(confidence) rests on evidence_count \(Int(evidence))",
                   hint: "lower 'confidence' to 0.3 or less, or raise 'evidence_count' to 3 or more with new reports")
    }
}
