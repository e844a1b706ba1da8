/// The characters a match can begin with. `re.search` tries every start position; one whose
/// character is not among these cannot start a match, and the matcher skips it.
struct FirstCharacters: Sendable {
    private let tests: [@Sendable (UInt32) -> Bool]
    private let asciiAnswers: ASCIIAnswers
    /// Past this many tests, non-ASCII characters are let through untested.
    private static let maximumTests = 64

    private init(tests: [@Sendable (UInt32) -> Bool]) {
        asciiAnswers = ASCIIAnswers { c in tests.contains { $0(c) } }
        self.tests = tests
    }

    func contains(_ c: UInt32) -> Bool {
        asciiAnswers.answer(c) ?? (tests.count > Self.maximumTests || tests.contains { $0(c) })
    }

    /// Nil when any position may start a match: the pattern can match empty, or it begins with
    /// `.`, a backreference or a conditional.
    static func of(_ ast: RegexAST, flags: RegexFlags) -> FirstCharacters? {
        guard let first = first(ast.root, MatchCompiler.Flags(ast.flags.union(flags))), !first.nullable else { return nil }
        return FirstCharacters(tests: first.tests)
    }

    private struct First {
        var tests: [@Sendable (UInt32) -> Bool]
        var nullable: Bool
    }

    private static func first(_ node: RegexNode, _ flags: MatchCompiler.Flags) -> First? {
        switch node.kind {
        case .literal, .characterClass, .classEscape:
            return CharacterPredicate.make(node, flags).map { First(tests: [$0], nullable: false) }
        case .any, .backreference, .conditional:
            return nil
        case .empty, .anchor:
            return First(tests: [], nullable: true)
        case .group(let kind, let body):
            switch kind {
            case .lookahead, .lookbehind: return First(tests: [], nullable: true)
            case .scopedFlags(let on, let off): return first(body, flags.applying(on: on, off: off))
            default: return first(body, flags)
            }
        case .alternation(let branches):
            var result = First(tests: [], nullable: false)
            for branch in branches {
                guard let part = first(branch, flags) else { return nil }
                result.tests += part.tests
                result.nullable = result.nullable || part.nullable
            }
            return result
        case .concatenation(let nodes):
            var result = First(tests: [], nullable: true)
            for part in nodes {
                guard let found = first(part, flags) else { return nil }
                result.tests += found.tests
                if !found.nullable {
                    result.nullable = false
                    break
                }
            }
            return result
        case .quantified(let quantifier, let body):
            if quantifier.max == 0 { return First(tests: [], nullable: true) }
            guard var result = first(body, flags) else { return nil }
            if quantifier.min == 0 { result.nullable = true }
            return result
        }
    }
}
