/// Generates Python patterns from a grammar that reaches every construct the parser handles,
/// then mutates them so that a large share are invalid in every possible way.
struct RegexPatternGenerator {
    private var rng: SplitMix64
    private var groups = 0
    private var names: [String] = []
    /// When set, lists are drawn from their valid prefix only, so about half the grammar
    /// patterns are accepted and the accepting paths get exercised too.
    private var strict = false

    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    /// `count` grammar patterns, each followed by one mutation of itself.
    mutating func patterns(count: Int) -> [String] {
        var result: [String] = []
        for _ in 0..<count {
            let pattern = generate()
            result.append(pattern)
            result.append(mutate(pattern))
        }
        return result
    }

    /// One pattern from the grammar.
    mutating func generate() -> String {
        groups = 0
        names = []
        strict = chance(0.5)
        var text = ""
        if chance(0.25) { text += pick(Self.globalFlags, valid: 12) }
        text += alternation(depth: 0)
        if !strict, chance(0.05) { text += pick(Self.globalFlags) }
        return text
    }

    /// Short random strings over the syntax characters: reaches tokenizer corners no grammar
    /// thinks of (`(?P\`, `[\`, `{,}?+`).
    mutating func soup() -> String {
        let length = Int.random(in: 1...10, using: &rng)
        return String(String.UnicodeScalarView((0..<length).map { _ in pick(Self.soupAlphabet) }))
    }

    /// Deletes, inserts, replaces or swaps one to three characters.
    mutating func mutate(_ pattern: String) -> String {
        var scalars = Array(pattern.unicodeScalars)
        for _ in 0..<Int.random(in: 1...3, using: &rng) {
            let position = scalars.isEmpty ? 0 : Int.random(in: 0..<scalars.count, using: &rng)
            let noise = pick(Self.mutationAlphabet)
            switch Int.random(in: 0..<4, using: &rng) {
            case 0 where !scalars.isEmpty: scalars.remove(at: position)
            case 1 where !scalars.isEmpty: scalars[position] = noise
            case 2 where scalars.count > 1 && position + 1 < scalars.count: scalars.swapAt(position, position + 1)
            default: scalars.insert(noise, at: Int.random(in: 0...scalars.count, using: &rng))
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    private mutating func alternation(depth: Int) -> String {
        let count = chance(0.7) ? 1 : Int.random(in: 2...3, using: &rng)
        return (0..<count).map { _ in sequence(depth: depth) }.joined(separator: "|")
    }

    private mutating func sequence(depth: Int) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...4, using: &rng) {
            text += atom(depth: depth)
            if chance(0.3) { text += quantifier() }
            if chance(0.05) { text += pick([" ", "  ", "\n", " # note\n", "#x"]) }
        }
        return text
    }

    private mutating func quantifier() -> String {
        var text = pick(Self.quantifiers, valid: 12)
        if chance(0.2) { text += pick(["?", "+"]) }
        if !strict, chance(0.03) { text += pick(Self.quantifiers) }
        return text
    }

    private mutating func atom(depth: Int) -> String {
        let roll = Int.random(in: 0..<100, using: &rng)
        if depth >= 4 || roll < 30 { return pick(Self.literals) }
        switch roll {
        case 30..<42: return pick(Self.escapes, valid: 31)
        case 42..<52: return characterClass()
        case 52..<56: return pick(["^", "$", ".", "\\A", "\\Z", "\\b", "\\B"])
        case 56..<62: return backreference()
        case 62..<66: return conditional(depth: depth)
        case 66..<68: return pick(["(?#c)", "(?#a)b)", "(?#", "(?#\\)"], valid: 2)
        case 68..<72: return strict ? pick(Self.realistic) : pick(Self.globalFlags)
        default: return group(depth: depth)
        }
    }

    private mutating func group(depth: Int) -> String {
        let body = { (g: inout RegexPatternGenerator) in g.alternation(depth: depth + 1) }
        switch Int.random(in: 0..<10, using: &rng) {
        case 0, 1:
            groups += 1
            return "(" + body(&self) + ")"
        case 2:
            groups += 1
            let name = pick(Self.groupNames)
            names.append(name)
            return "(?P<\(name)>" + body(&self) + ")"
        case 3: return "(?:" + body(&self) + ")"
        case 4: return "(?>" + body(&self) + ")"
        case 5: return "(" + pick(Self.scopedFlags, valid: 8) + body(&self) + ")"
        case 6: return pick(["(?=", "(?!"]) + body(&self) + ")"
        default: return pick(["(?<=", "(?<!", "(?<", "(?P"], valid: 2) + lookbehindBody(depth: depth) + ")"
        }
    }

    /// Mostly fixed-width bodies, so that width errors are the exception they are in practice.
    private mutating func lookbehindBody(depth: Int) -> String {
        if chance(0.5) { return alternation(depth: depth + 1) }
        return pick(["a", "ab|cd", "\\d{3}", "(x)", "[ab]c", "", "(?=a*)b", "\\bx\\b", "a|bc", "a{2,3}", "\\1", "(?P=a)", "(?(1)a|b)", "(?(1)a)", "a*"], valid: 8)
    }

    private mutating func backreference() -> String {
        if let name = names.last, chance(0.3) { return "(?P=\(name))" }
        if groups > 0, chance(0.5) { return "\\\(Int.random(in: 1...groups, using: &rng))" }
        if strict { return pick(["\\0", "\\012", "\\177", "\\x41", "\\0a"]) }
        return pick(["\\1", "\\2", "\\10", "\\0", "\\012", "\\8", "\\400", "\\177", "\\19", "(?P=a)", "(?P=)", "(?P=1)", "(?P", "(?P>"])
    }

    private mutating func conditional(depth: Int) -> String {
        let condition = names.last.flatMap { chance(0.3) ? $0 : nil } ?? (strict && groups > 0 ? "\(groups)" : pick(Self.conditions))
        var text = "(?(" + condition + ")" + sequence(depth: depth + 1)
        if chance(0.5) { text += "|" + sequence(depth: depth + 1) }
        if !strict, chance(0.05) { text += "|x" }
        return text + ")"
    }

    private mutating func characterClass() -> String {
        var text = chance(0.2) ? "[^" : "["
        if strict {
            for _ in 0..<Int.random(in: 1...3, using: &rng) { text += pick(Self.classItems, valid: 17) }
            return text + "]"
        }
        for _ in 0..<Int.random(in: 0...3, using: &rng) { text += pick(Self.classItems) }
        return chance(0.95) ? text + "]" : text
    }

    private mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }

    private mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &rng)] }

    /// Picks from `items`, only among the first `valid` ones in strict mode.
    private mutating func pick<T>(_ items: [T], valid: Int) -> T {
        items[Int.random(in: 0..<(strict ? valid : items.count), using: &rng)]
    }

    private static let literals = ["a", "b", "x", "0", "9", " ", "-", ",", ":", "]", "}", "é", "中", "😀", "_", "=", "<", ">", "!", "#", "P"]
    private static let escapes = [
        "\\d", "\\D", "\\w", "\\W", "\\s", "\\S", "\\n", "\\t", "\\\\", "\\.", "\\*", "\\(", "\\[", "\\{", "\\-",
        "\\x41", "\\u00e9", "\\U0001F600", "\\N{EM DASH}", "\\N{em dash}", "\\_", "\\ ", "\\é", "\\0", "\\07",
        "\\377", "\\a", "\\f", "\\v", "\\r", "\\#",
        "\\x4", "\\xg", "\\u12", "\\U00110000", "\\U0000004", "\\N{BOGUS NAME}", "\\N{}", "\\N",
        "\\N{LATIN SMALL LETTER A", "\\q", "\\i", "\\400", "\\e", "\\z", "\\G",
    ]
    private static let classItems = [
        "a", "z", "a-z", "0-9", "\\d", "\\w", "\\S", "^", "[", "\\]", "\\b", "\\x41-\\x5a", "\\1", "\\0", "\\n-\\r",
        "é-中", "\\N{EM DASH}",
        "\\u00e9", "--", "-", "]", "&&", "~~", "||", "\\", ".", "(", "a-", "\\-", " ", "#", "z-a", "\\B", "\\A",
        "\\x5a-\\x41", "\\8", "\\400", "\\d-z", "a-\\w", "\\q",
    ]
    private static let quantifiers = [
        "*", "+", "?", "{2}", "{2,}", "{,3}", "{2,3}", "{}", "{,}", "{0}", "{01,002}", "{4294967294}",
        "{3,2}", "{1,2", "{x}", "{4294967295}", "{99999999999}", "{1, 2}",
    ]
    private static let globalFlags = [
        "(?i)", "(?x)", "(?s)", "(?m)", "(?a)", "(?u)", "(?ix)", "(?aimsx)", "(?x)", "(?i)(?s)", "(?#c)(?x)", "(?t)",
        "(?L)", "(?au)", "(?z)", "(?i", "(?-i)", "(?i-)", "(?u)(?a)", "(?a)(?u)", "(?é)", "(?i\\d)",
    ]
    private static let scopedFlags = [
        "?i:", "?-i:", "?i-s:", "?x:", "?-x:", "?a:", "?u-m:", "?msx-i:",
        "?-a:", "?t:", "?-t:", "?i-i:", "?L:", "?-:", "?i-z:", "?-é:", "?i-s", "?-", "?au:", "?s-\\d:", "?m-i",
    ]
    /// Shapes seen in error-message regexes of a knowledge base.
    private static let realistic = [
        "error: (?P<code>E\\d{4})", "\\bNo such file or directory\\b", "^Traceback \\(most recent call last\\):$",
        "(?i)permission denied", "[A-Za-z_][A-Za-z0-9_]*", "\\s+at \\S+\\.java:\\d+", "(?:https?://)?[\\w.-]+",
        "ModuleNotFoundError: No module named '([^']+)'", "\\d{1,3}(?:\\.\\d{1,3}){3}", "exit (?:code|status) (\\d+)",
    ]
    private static let groupNames = ["a", "b", "g1", "_x", "name", "é", "a", "1a", "a-b", "", "a b", "中", "a\\>b"]
    private static let conditions = ["1", "2", "0", "-1", "-0", " 1", "+1", "1_0", "1__0", "99", "a", "b", "1a", "", "١", "1073741823", "99999999999999999999"]
    private static let soupAlphabet: [Unicode.Scalar] = Array("()[]{}?*+|\\^$-:<>=!P#,01239aibxL_ ".unicodeScalars)
    private static let mutationAlphabet: [Unicode.Scalar] = Array("()[]{}?*+|\\^$-:<>=!P#,0123456789abcdefghijklmnopqrstuvwxyz ".unicodeScalars)
}
