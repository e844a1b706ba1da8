import Testing
@testable import ErrKB

/// A compiled program's loop depth, kept rather than worked out on each search, is the most
/// empty-checked loops around any one instruction.
@Suite struct MatchProgramLoopDepthTests {
    @Test func keptLoopDepthIsTheDeepestNesting() throws {
        let patterns = ["a", "a*", "(a*)*", "((a*)*)*", "(?:(?:(?:a?)*)*)*b", "(a|)+", "x(a*)*y(b?)*", "(?:a*b*)*", "(\\w+\\s?)*$",
                        "((a|)+(b*)*)+", "(?:(?:(?:(?:(?:a?)*)*)*)*)*", "[a-z]+(?:-[a-z]*)*"]
        var nested = 0
        for pattern in patterns {
            guard let ast = try? PythonRegex.parse(pattern).get(), let program = MatchCompiler.compile(ast, flags: []) else { continue }
            let expected = program.enclosingLoopSlots.map { $0.count }.max() ?? 0
            #expect(program.loopDepth == expected, "\(pattern)")
            if expected > 1 { nested += 1 }
        }
        #expect(nested >= 3, "some patterns nest empty-checked loops")
    }
}
