import Foundation
import Testing
@testable import ErrKB

/// Every reporter on one fixed result, compared whole with `Golden/<format>/…`; the text caret is
/// padded by display width under a Chinese line.
@Suite struct ReporterGoldenTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static let result: CheckResult = {
        let file = "records/llm/x.yaml"
        let text = SourceText("id: llm/x\nsignature_zh: 错误：连接 100% 关闭\nregex: 'a(b'\nconfidence: 1.5\n")
        let diagnostics = [
            Diagnostic(rule: "regex-syntax", severity: .error, file: file,
                       span: SourceSpan(start: SourceLocation(line: 3, column: 9), end: SourceLocation(line: 3, column: 10)),
                       path: JSONPointer.root.appending("regex"), record: "llm/x",
                       message: "missing ), unterminated subpattern", hint: "balance the brackets"),
            Diagnostic(rule: "rate-range", severity: .error, file: file,
                       span: SourceSpan(start: SourceLocation(line: 4, column: 13), end: SourceLocation(line: 4, column: 16)),
                       path: JSONPointer.root.appending("confidence"), record: "llm/x",
                       message: "0 ≤ confidence ≤ 1 but got 1.5", hint: "write a rate as a number from 0 to 1, e.g. 0.85"),
            Diagnostic(rule: "i18n-numbers", severity: .warning, file: file,
                       span: SourceSpan(start: SourceLocation(line: 2, column: 21), end: SourceLocation(line: 2, column: 25)),
                       path: JSONPointer.root.appending("signature_zh"), record: "llm/x",
                       message: "number 100% is not in the English text, a line\nwith a break",
                       related: [Diagnostic.Related(file: file, location: SourceLocation(line: 1, column: 1), message: "record starts here")]),
        ]
        return CheckResult(diagnostics: diagnostics, records: [], sources: [file: text], fileCount: 1)
    }()

    @Test(arguments: ["text", "json", "github", "sarif"])
    func reporterOutputMatchesGolden(_ format: String) throws {
        // SARIF lists every rule; a fixed list keeps this golden about the format, not the catalog.
        let fixedRules = ["date-order", "rate-range", "regex-syntax"].compactMap { AllRules.description(of: RuleID($0)) }
        let reporter: any Reporter = format == SARIFReporter.id
            ? SARIFReporter(rules: fixedRules) : try #require(Reporters.make(format, useColor: false))
        Golden.check(reporter.render(Self.result), against: Self.golden.appendingPathComponent("\(format)/result.golden"))
    }

    @Test func githubAnnotationsAreLimitedPerSeverityWithASummary() {
        let many = (1...15).map { i in
            Diagnostic(rule: "date-order", severity: .error, file: "records/a.yaml", span: SourceSpan(at: SourceLocation(line: i, column: 1)),
                       message: "m\(i)")
        }
        let out = GitHubReporter().render(CheckResult(diagnostics: many, records: [], sources: [:], fileCount: 1))
        #expect(out.components(separatedBy: "::error ").count - 1 == 10)
        #expect(out.contains("5 errors more not annotated"))
    }

    @Test func sarifValidatesAgainstTheSARIFSchema() throws {
        try #require(PythonOracle.isAvailable, "python3 is not installed: the jsonschema oracle cannot run")
        let schema = try #require(RepositoryPaths.shared?.appendingPathComponent("conformance/sarif/sarif-schema-2.1.0.json"))
        let sarif = SARIFReporter(rules: AllRules.all.map { $0.description }).render(Self.result)
        let script = """
            import json, sys, jsonschema
            schema = json.load(open('\(schema.path)'))
            errors = [e.message for e in jsonschema.Draft4Validator(schema).iter_errors(json.load(sys.stdin))]
            print('ok' if not errors else errors[:5])
            """
        #expect(try PythonOracle.run(script: script, input: sarif) == "ok\n")
    }

    @Test func sarifFingerprintIgnoresTheLine() {
        var moved = Self.result.diagnostics[0]
        moved.line += 10
        #expect(SARIFReporter.fingerprint(moved) == SARIFReporter.fingerprint(Self.result.diagnostics[0]))
    }
}
