/// `resolvable` agrees with `fix_success_rate` and `confidence`.
struct ResolvableRatesRule: RecordRule {
    static let description = RuleDescription(
        id: "resolvable-rates", defaultSeverity: .warning, group: .quality,
        summary: "resolvable agrees with fix_success_rate and confidence",
        rationale: """
            A record that says the error is resolvable while fixes rarely work or the cause is \
            uncertain, or says it is not resolvable while fixes often work, misleads whoever \
            triages with it. 'true' wants fix_success_rate ≥ 0.7 and confidence ≥ 0.6; 'false' \
            wants fix_success_rate < 0.2. Correct the rates, or write 'partial'.
            """,
        examples: [
            .passes("resolvable: 'true'\nconfidence: 0.85\nfix_success_rate: 0.8"),
            .passes("resolvable: partial\nconfidence: 0.2\nfix_success_rate: 0.3"),
            .fails("resolvable: ↓'true'\nconfidence: 0.85\nfix_success_rate: 0.4"),
            .fails("resolvable: ↓'true'\nconfidence: 0.5\nfix_success_rate: 0.8"),
            .fails("resolvable: ↓'false'\nconfidence: 0.85\nfix_success_rate: 0.5"),
        ])

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        guard let resolvable = record.value["resolvable"]?.stringValue else { return }
        let fix = record.value["fix_success_rate"]?.doubleValue
        let confidence = record.value["confidence"]?.doubleValue
        let path = JSONPointer.root.appending("resolvable")
        switch resolvable {
        case "true":
            if let fix, fix < 0.7 {
                report.add(record, at: path, "resolvable 'true' but fix_success_rate is \(fix), below 0.7",
                           hint: "write resolvable: partial, or correct fix_success_rate")
            }
            if let confidence, confidence < 0.6 {
                report.add(record, at: path, "resolvable 'true' but confidence is \(confidence), below 0.6",
                           hint: "write resolvable: partial, or correct confidence")
            }
        case "false":
            if let fix, fix >= 0.2 {
                report.add(record, at: path, "resolvable 'false' but fix_success_rate is \(fix), 0.2 or more",
                           hint: "write resolvable: partial, or correct fix_success_rate")
            }
        default:
            break
        }
    }
}
