import Testing
@testable import ErrKB

/// What the static backtracking check blames, and what it leaves alone.
@Suite struct BacktrackingAnalysisTests {
    private func risks(_ pattern: String, flags: RegexFlags = []) throws -> [String] {
        let ast = try PythonRegex.parse(pattern).get()
        return BacktrackingAnalysis.risks(in: ast, pattern: pattern, flags: flags).map { "\($0.kind.rawValue) \($0.fragment)" }
    }

    @Test(arguments: [
        ("(a+)+$", "exponential (a+)+"),
        ("(a|a)*b", "exponential (a|a)*"),
        ("(\\w+\\s?)*$", "exponential (\\w+\\s?)*"),
        ("(a|aa)+$", "exponential (a|aa)+"),
        ("(.*,)*x", "exponential (.*,)*"),
        ("(?:x+x+)+y", "exponential (?:x+x+)+"),
        ("(a*)*b", "exponential (a*)*"),
        ("(?i)(A|a)+$", "exponential (A|a)+"),
        ("Error:\\s*.*$", "polynomial \\s*.*"),
        ("\\d+\\w+x", "polynomial \\d+\\w+"),
    ])
    func flagsCatastrophicShapes(_ pattern: String, _ expected: String) throws {
        #expect(try risks(pattern) == [expected])
    }

    @Test(arguments: [
        "(a+)+", "(\\w+\\s)+$", "(a|b)*c", "(?:ab|cd)+$", "a*b*$", "\\d+\\.\\d+", "Error: .*", ".*foo.*bar",
        "(a++)+$", "(?>a+)+$", "(?:[^,]*,)*x", "Incomplete stream response|connection closed unexpectedly|stream.*truncated",
        "(a|A)+$", "\\[rejected\\][^\\n]*\\((non-fast-forward|fetch first)\\)", "(\\d{1,3}\\.){3}\\d{1,3}$",
    ])
    func leavesSafePatternsAlone(_ pattern: String) throws {
        #expect(try risks(pattern).isEmpty)
    }

    @Test func consumerIgnoreCaseCanMakeBranchesOverlap() throws {
        #expect(try risks("(a|A)+$", flags: .ignoreCase) == ["exponential (a|A)+"])
    }

    /// The exponential shapes really are slow for a plain backtracker: errkb's budgeted mode
    /// (no memo) needs far more steps at 16 characters than at 8.
    @Test func flaggedShapesBlowUpWithoutTheMemo() throws {
        for pattern in ["^(a|a)*b", "^(a+)+$", "^(\\w+\\s?)*$"] {
            let ast = try PythonRegex.parse(pattern).get()
            var program = try #require(MatchCompiler.compile(ast, flags: []))
            program.isMemoizable = false
            func steps(_ n: Int) -> Int {
                var machine = BacktrackingMachine(program: program, text: Array(repeating: 0x61, count: n) + [0x21], budget: 50_000_000)
                _ = machine.search()
                return machine.steps
            }
            #expect(steps(16) > 50 * steps(8), "\(pattern): \(steps(8)) → \(steps(16))")
        }
    }
}
