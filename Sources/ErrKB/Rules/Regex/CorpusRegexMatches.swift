/// For every record of the KB, which other records' signatures and aliases its regex matches.
///
/// When only a few records are being reported on (`errkb lint FILE`), only the pairs that
/// involve them are worked out: their regexes against every text, and every other regex
/// against their texts — the other regexes are only parsed, and run only where their required
/// literals occur. The answers on those records are the same as in a whole-KB run.
struct CorpusRegexMatches: Sendable {
    /// Record `matcher`'s regex matches `text`, a signature or alias of record `target`.
    struct Match: Sendable {
        let matcher: Int
        let target: Int
        let text: RecordRegex.Target
    }

    /// Matches between different records, sorted by matching record then target. None is of a
    /// regex in `matchesEmpty`: such a regex is too broad whatever it matches, and its matches
    /// are never reported.
    private(set) var matches: [Match] = []
    /// Records whose regex matches the empty string.
    private(set) var matchesEmpty: Set<Int> = []
    /// How many other records' signatures each regex matches (for every record whose regex
    /// appears in `matches`).
    private(set) var signatureMatchCounts: [Int: Int] = [:]
    /// Records that have a signature.
    let signatureCount: Int

    private let regexes: [RecordRegex?]
    /// What each regex requires of a text it matches; nil where there is no regex to run.
    private let requirements: [[[[UInt32]]]?]
    private let owners: [(record: Int, target: RecordRegex.Target)]

    /// `focus`: the records being reported on, nil for all of them.
    init(_ records: [RecordDigest], flags: RegexFlags, cache: RegexCache, focus: Set<Int>? = nil) {
        let regexes = records.parallelMap(RecordRegex.init)
        self.regexes = regexes
        requirements = Array(records.indices).parallelMap { index -> [[[UInt32]]]? in
            guard let regex = regexes[index] else { return nil }
            if records[index].hasRegexLiterals { return records[index].regexLiterals }
            return cache.requiredLiterals(of: regex.pattern, flags: flags)
        }
        var owners: [(record: Int, target: RecordRegex.Target)] = []
        for (record, regex) in regexes.enumerated() {
            for target in regex?.targets ?? [] { owners.append((record, target)) }
        }
        self.owners = owners
        signatureCount = regexes.filter { $0?.targets.first?.isSignature == true }.count
        // Focusing pays while the focus is a small part of the KB.
        if let focus, focus.count * 8 < records.count {
            matchFocused(focus, flags: flags, cache: cache)
        } else {
            matchAll(flags: flags, cache: cache)
        }
        matches.removeAll { matchesEmpty.contains($0.matcher) }
        matches.sort { ($0.matcher, $0.target) < ($1.matcher, $1.target) }
    }

    private mutating func matchAll(flags: RegexFlags, cache: RegexCache) {
        let (regexes, owners, requirements) = (self.regexes, self.owners, self.requirements)
        let texts = owners.parallelMap { BufferScalars.values(of: $0.target.text) }
        let compile = Self.compiler(of: regexes, flags: flags, cache: cache)
        // A regex that requires some literal cannot match the empty string. One that does is too
        // broad whatever else it matches, and its matches are never reported: it is not tried on
        // the texts (in a KB where many are, that was most of the run).
        matchesEmpty = Set(regexes.indices.filter { requirements[$0]?.isEmpty == true && compile($0)?.search(scalars: []).isMatch == true })
        let tried = requirements.indices.map { matchesEmpty.contains($0) ? nil : requirements[$0] }
        let outcome = CrossMatcher(requirements: tried, texts: texts, textOwners: owners.map(\.record), compile: compile).run()
        matches = outcome.hits.compactMap { Self.match($0.regex, text: $0.text, owners: owners) }
        for match in matches where match.text.isSignature { signatureMatchCounts[match.matcher, default: 0] += 1 }
    }

    /// Only the focused records' texts are made into code points up front: every other text is
    /// searched as a String, which rules most out from their bytes (`RequiredLiterals.ruleOut`).
    private mutating func matchFocused(_ focus: Set<Int>, flags: RegexFlags, cache: RegexCache) {
        let (regexes, owners, requirements) = (self.regexes, self.owners, self.requirements)
        let compiled = Self.compiler(of: regexes, flags: flags, cache: cache)
        // The focused regexes against every text.
        var involved = Set<Int>()
        for record in focus.sorted() {
            guard let matcher = compiled(record) else { continue }
            if matcher.search(scalars: []).isMatch { matchesEmpty.insert(record) }
            involved.insert(record)
        }
        // Every other regex against the focused texts, run only where its literals occur.
        let focusedTexts = owners.indices.filter { focus.contains(owners[$0].record) }
        let scalars = focusedTexts.map { BufferScalars.values(of: owners[$0].target.text) }
        let folded = scalars.map(RequiredLiterals.fold)
        let others = regexes.indices.filter { !focus.contains($0) }
        // Positions in `focusedTexts`. A text must meet every requirement of a regex, not only
        // the best: compiling the regexes let through by a common word was most of this step.
        let candidates: [[Int]] = others.parallelMap { record in
            guard let alternatives = requirements[record] else { return [] }
            return folded.indices.filter { text in
                alternatives.allSatisfy { required in required.contains { folded[text].contains(subsequence: $0) } }
            }
        }
        var runs: [(regex: Int, text: Int)] = []
        for (record, texts) in zip(others, candidates) { runs += texts.map { (record, $0) } }
        let hits = runs.parallelMap { run in
            compiled(run.regex)?.search(scalars: scalars[run.text], folded: folded[run.text]).isMatch == true
        }
        for (run, hit) in zip(runs, hits) where hit { involved.insert(run.regex) }
        // Every involved regex against every text: its matches, and how broad it is.
        // Side by side over the texts, not the regexes: most runs involve one or two regexes.
        let sorted = involved.sorted()
        let perRegex: [[Match]] = sorted.map { record in
            guard let matcher = compiled(record) else { return [] }
            return Array(owners.indices).parallelMap { text in
                matcher.search(owners[text].target.text).isMatch ? Self.match(record, text: text, owners: owners) : nil
            }.compactMap(\.self)
        }
        for (record, found) in zip(sorted, perRegex) {
            signatureMatchCounts[record] = found.filter(\.text.isSignature).count
            // Whether it matches the empty string decides whether its matches are reported at
            // all (regex-too-broad), as in `matchAll`.
            if !focus.contains(record), requirements[record]?.isEmpty == true, compiled(record)?.search(scalars: []).isMatch == true {
                matchesEmpty.insert(record)
            }
            // Only pairs that involve a focused record are reported.
            matches += found.filter { focus.contains(record) || focus.contains($0.target) }
        }
    }

    /// The compiled regex of each record, by index: nil where there is none, or it does not compile.
    private static func compiler(of regexes: [RecordRegex?], flags: RegexFlags, cache: RegexCache) -> @Sendable (Int) -> PythonMatcher? {
        { regexes[$0].flatMap { cache.matcher(for: $0.pattern, flags: flags) } }
    }

    /// The match of `regex` on text `text`, unless the text is the regex's own record's.
    private static func match(_ regex: Int, text: Int, owners: [(record: Int, target: RecordRegex.Target)]) -> Match? {
        let owner = owners[text]
        guard owner.record != regex else { return nil }
        return Match(matcher: regex, target: owner.record, text: owner.target)
    }
}
