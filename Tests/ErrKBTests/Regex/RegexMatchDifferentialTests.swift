// Differential test: errkb's matcher against python3's `re.search` on generated
// (pattern, text, flags) cases. Every span must agree; a pattern Python cannot compile is
// left out (the syntax differential test covers those).
import Foundation
import Testing
@testable import ErrKB

@Suite struct RegexMatchDifferentialTests {
    private static let script = """
    import json, re, sys, warnings
    warnings.simplefilter("ignore")
    out = []
    for line in sys.stdin:
        case = json.loads(line)
        try:
            m = re.search(case["p"], case["t"], re.IGNORECASE if case["i"] else 0)
            out.append(json.dumps([m.start(), m.end()] if m else None))
        except Exception as e:
            out.append(json.dumps("error"))
    print("\\n".join(out))
    """

    private struct Case: Encodable {
        let p: String
        let t: String
        let i: Bool
    }

    @Test(.enabled(if: PythonOracle.isAvailable, "python3 not found: differential test skipped"))
    func searchAgreesWithPython() throws {
        var generator = MatchCaseGenerator(seed: 0xE22_5EA2C4)
        var cases: [Case] = []
        let count = ProcessInfo.processInfo.environment["ERRKB_MATCH_CASES"].flatMap { Int($0) } ?? 6_000
        while cases.count < count {
            let pattern = generator.pattern()
            guard case .success = PythonRegex.parse(pattern) else { continue }
            let ignoreCase = generator.pick([false, false, false, true])
            for _ in 0..<3 { cases.append(Case(p: pattern, t: generator.text(), i: ignoreCase)) }
        }
        let encoder = JSONEncoder()
        let input = try cases.map { String(decoding: try encoder.encode($0), as: UTF8.self) }.joined(separator: "\n") + "\n"
        let answers = try PythonOracle.run(script: Self.script, input: input).split(separator: "\n").map(String.init)
        try #require(answers.count == cases.count, "python3 answered \(answers.count) of \(cases.count)")

        var compared = 0, agreed = 0, matched = 0
        var disagreements: [String] = []
        var prefilterMisses: [String] = []
        for (item, python) in zip(cases, answers) where python != "\"error\"" {
            let matcher = try #require(PythonMatcher(pattern: item.p, flags: item.i ? .ignoreCase : []), "\(item.p)")
            let ours: String
            switch matcher.search(item.t) {
            case .match(let range):
                ours = "[\(range.lowerBound), \(range.upperBound)]"
                matched += 1
                // The ambiguity prefilter must never rule out a text the regex matches.
                if let required = RequiredLiterals.of(matcher.ast) {
                    let folded = RequiredLiterals.fold(item.t.unicodeScalars.map(\.value))
                    if !required.contains(where: { folded.contains(subsequence: $0) }) { prefilterMisses.append(item.p) }
                }
            case .noMatch: ours = "null"
            case .budgetExceeded: ours = "budget"
            }
            compared += 1
            if ours == python { agreed += 1 } else {
                disagreements.append("re.search(\(item.p.debugDescription), \(item.t.debugDescription)\(item.i ? ", re.I" : "")): python \(python), errkb \(ours)")
            }
        }
        print("re.search agreement: \(agreed)/\(compared) (\(matched) matches)")
        for line in disagreements.prefix(25) { print(line) }
        #expect(compared >= count * 9 / 10)
        #expect(disagreements.isEmpty, "\(disagreements.count) disagreements with python3")
        #expect(prefilterMisses.isEmpty, "required literals missing from matched texts: \(prefilterMisses.prefix(10))")
    }
}
