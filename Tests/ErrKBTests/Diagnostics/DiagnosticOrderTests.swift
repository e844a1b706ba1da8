import Testing
@testable import ErrKB

/// Diagnostics sort by file, line, column, rule and message: the order of those five as a tuple.
@Suite struct DiagnosticOrderTests {
    @Test func orderIsThatOfTheTuple() {
        var random = SplitMix64(seed: 0xD1A6)
        func pick<T>(_ values: [T]) -> T { values[Int(random.next() % UInt64(values.count))] }
        let diagnostics = (0..<400).map { _ in
            Diagnostic(rule: RuleID(pick(["regex-syntax", "rate-range", "i18n-numbers"])), severity: .error,
                       file: pick(["records/a.yaml", "records/b.yaml", "records/a/b.yaml"]),
                       span: SourceSpan(at: SourceLocation(line: pick([1, 2, 10]), column: pick([1, 3]))),
                       message: pick(["x", "y", "é", "E"]))
        }
        let tuple = { (d: Diagnostic) in (d.file, d.line, d.column, d.rule.rawValue, d.message) }
        for a in diagnostics.prefix(100) {
            for b in diagnostics { #expect((a < b) == (tuple(a) < tuple(b)), "\(tuple(a)) \(tuple(b))") }
        }
    }
}
