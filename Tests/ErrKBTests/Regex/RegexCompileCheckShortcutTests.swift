import Testing
@testable import ErrKB

/// Parsing skips Python's compile-time checks for patterns with no look-behind and no template
/// flag; for every pattern the answer is the one the checks on every pattern give.
@Suite struct RegexCompileCheckShortcutTests {
    @Test func skippingTheCheckChangesNoAnswer() {
        var generator = RegexPatternGenerator(seed: 0xC0_3C4E)
        let patterns = ["(?<=a+)b", "(?<!ab|c)d", "x(?<=a{2})", "(?t)a*", "(?t)a", "(?t)(?<=a)", "a(?:(?<=b*))", "(?<=(?<=a))b", "a+b"]
            + generator.patterns(count: 3_000) + (0..<2_000).map { _ in generator.soup() }
        var refused = 0
        for pattern in patterns {
            let scalars = Array(pattern.unicodeScalars)
            let checkedAlways = PythonRegex.parse(scalars: scalars, checkingEveryPattern: true)
            #expect(PythonRegex.parse(scalars: scalars) == checkedAlways, "\(pattern)")
            if case .failure(let error) = checkedAlways, error.pythonPosition == nil, error.message.contains("look") || error.message.contains("template") {
                refused += 1
            }
        }
        #expect(refused >= 5, "some patterns are refused by the compile check itself")
    }
}
