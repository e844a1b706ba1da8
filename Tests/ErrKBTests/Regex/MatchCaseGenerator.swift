/// Generates (pattern, text) pairs for the matching differential test: small patterns over a
/// small alphabet, so that texts often match, often almost match, and hit every construct.
struct MatchCaseGenerator {
    private var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    /// Text characters: letters in both cases, digits, space, newline, underscore, and the
    /// letters whose case rules are special (`ſ`, Kelvin sign, dotted `İ`, `é`, `σ`/`ς`, CJK).
    static let alphabet: [String] = ["a", "b", "c", "A", "B", "1", "2", " ", "\n", "_", "-", ".", "é", "É", "ſ", "s", "S",
                                     "\u{212A}", "k", "İ", "i", "ı", "σ", "ς", "Σ", "错", "٣", "\u{00A0}"]

    private static let atoms = ["a", "b", "c", "A", "B", "s", "k", "i", "σ", "é", "1", " ", "\\n", "_", "-", "\\.", ".", "错",
                                "\\d", "\\D", "\\w", "\\W", "\\s", "\\S", "[ab]", "[^a]", "[a-c]", "[A-Z]", "[^\\w]",
                                "[\\d\\s]", "[s-t]", "[K]", "[ſ]", "[à-ê]", "[Σ]", "\\b", "\\B", "^", "$", "\\A", "\\Z"]

    private static let flags = ["", "", "", "", "(?i)", "(?m)", "(?s)", "(?a)", "(?ai)", "(?im)"]

    mutating func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
    private mutating func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }

    mutating func pattern() -> String {
        var groups = 0
        return pick(Self.flags) + sequence(depth: 0, groups: &groups)
    }

    private mutating func sequence(depth: Int, groups: inout Int) -> String {
        var out = ""
        for _ in 0..<(1 + Int(random.next() % 4)) { out += term(depth: depth, groups: &groups) }
        if depth < 2 && chance(15) { out += "|" + sequence(depth: depth + 1, groups: &groups) }
        return out
    }

    private mutating func term(depth: Int, groups: inout Int) -> String {
        var atom: String
        if depth < 3 && chance(25) {
            let opener = pick(["(", "(", "(?:", "(?:", "(?=", "(?!", "(?>", "(?i:", "(?s:", "(?-i:", "(?P<n\(groups)>"])
            if opener == "(" || opener.hasPrefix("(?P<") { groups += 1 }
            atom = opener + sequence(depth: depth + 1, groups: &groups) + ")"
        } else if chance(4) {
            atom = pick(["(?<=a)", "(?<!a)", "(?<=\\d)", "(?<!\\w)", "(?<=ab|cd)"])
        } else if groups > 0 && chance(5) {
            atom = "\\\(1 + Int(random.next() % UInt64(groups)))"
        } else if groups > 0 && depth < 3 && chance(4) {
            let group = 1 + Int(random.next() % UInt64(groups))
            atom = "(?(\(group))" + sequence(depth: depth + 1, groups: &groups) + (chance(50) ? "|" + sequence(depth: depth + 1, groups: &groups) : "") + ")"
        } else {
            atom = pick(Self.atoms)
        }
        if ["^", "$", "\\A", "\\Z", "\\b", "\\B"].contains(atom) || atom.hasPrefix("(?<") { return atom }
        if chance(35) {
            atom += pick(["*", "+", "?", "*?", "+?", "??", "{2}", "{1,3}", "{,2}", "{2,}", "{0,1}?", "*+", "++", "?+"])
        }
        return atom
    }

    mutating func text(maxLength: Int = 10) -> String {
        (0..<Int(random.next() % UInt64(maxLength + 1))).map { _ in pick(Self.alphabet) }.joined()
    }
}
