/// Which regexes match which texts, for many regexes and many texts at once, without trying
/// every pair: each text is scanned once for the literals the regexes require, and a regex is
/// run only on the texts that contain one of its literals (or on all texts when it requires
/// none). This is what lets the ambiguity check scale to tens of thousands of records.
public struct CrossMatcher: Sendable {
    /// One text that matched one regex.
    public struct Hit: Hashable, Sendable {
        public let regex: Int
        public let text: Int
    }

    /// What a run found, and how much the prefilter saved.
    public struct Outcome: Sendable {
        public var hits: [Hit]
        /// (regex, text) pairs that reached the matcher.
        public var candidatePairs: Int
    }

    private let regexCount: Int
    /// Compiles regex `i` when it has texts to try; each compiled regex is dropped after its
    /// texts, so a KB's worth of compiled programs is never in memory at once.
    private let compile: @Sendable (Int) -> PythonMatcher?
    private let texts: [[UInt32]]
    /// The texts case-folded once, for both scans and for the matcher's own literal check.
    private let foldedTexts: [[UInt32]]
    /// For each text, the regexes its literals let through.
    private let candidates: [[Int]]
    private let unfiltered: [Int]
    /// The regex each text belongs to, if any: a regex is never tried on its own texts, so a
    /// regex whose literals occur only in its own texts is not even compiled.
    private let textOwners: [Int]?

    /// Ready to match every regex of `matchers` against every text of `texts`; `matchers[i]`
    /// nil means regex `i` is skipped (it does not compile).
    public init(_ matchers: [PythonMatcher?], texts: [[UInt32]]) {
        self.init(requirements: matchers.map { $0?.requiredLiteralAlternatives }, texts: texts) { matchers[$0] }
    }

    /// Ready to match regexes `0..<requirements.count` against every text of `texts`.
    /// `requirements[i]`: what `RequiredLiterals.alternatives` finds in regex `i`, nil to skip
    /// it (it does not parse); `compile(i)` is asked for its matcher only when needed.
    /// `textOwners[t]`: the regex whose own text `t` is, or -1; no hit pairs a regex with its own text.
    public init(requirements: [[[[UInt32]]]?], texts: [[UInt32]], textOwners: [Int]? = nil,
                compile: @escaping @Sendable (Int) -> PythonMatcher?) {
        regexCount = requirements.count
        self.textOwners = textOwners
        self.compile = compile
        self.texts = texts
        let foldedTexts = texts.parallelMap(RequiredLiterals.fold)
        self.foldedTexts = foldedTexts
        // Every literal any requirement names, found in every text by one scan. How many texts
        // contain each literal picks the requirement each regex is filtered by: the one met by
        // the fewest texts lets the fewest texts through.
        var literalIDs: [[UInt32]: Int] = [:]
        let requirementIDs: [[[Int]]?] = requirements.map { alternatives in
            alternatives?.map { literals in
                literals.map { literal in
                    if let id = literalIDs[literal] { return id }
                    literalIDs[literal] = literalIDs.count
                    return literalIDs.count - 1
                }
            }
        }
        let index = LiteralIndex(literalIDs.map { (literal: $0.key, owner: $0.value) })
        let found: [[Int]] = foldedTexts.parallelMap { text in
            var ids = Set<Int>()
            index.scan(text) { ids.insert($0) }
            return Array(ids)
        }
        var frequency = [Int](repeating: 0, count: literalIDs.count)
        for ids in found { for id in ids { frequency[id] += 1 } }
        // Which regexes each literal lets through.
        var regexesOf = [[Int]](repeating: [], count: literalIDs.count)
        var unfiltered: [Int] = []
        for (regex, alternatives) in requirementIDs.enumerated() {
            guard let alternatives else { continue }
            let rarest = alternatives.min { a, b in a.reduce(0) { $0 + frequency[$1] } < b.reduce(0) { $0 + frequency[$1] } }
            if let rarest {
                for id in rarest { regexesOf[id].append(regex) }
            } else {
                unfiltered.append(regex)
            }
        }
        let lettingThrough = regexesOf
        candidates = found.parallelMap { ids in Array(Set(ids.flatMap { lettingThrough[$0] })) }
        self.unfiltered = unfiltered
    }

    /// The hits of every regex on every text, sorted by text then regex.
    public func run() -> Outcome {
        // Which texts each regex must be tried on.
        var perRegex = [[Int]](repeating: [], count: regexCount)
        for (text, regexes) in candidates.enumerated() {
            let owner = textOwners?[text] ?? -1
            for regex in regexes where regex != owner { perRegex[regex].append(text) }
        }
        let allTexts = Array(texts.indices)
        for regex in unfiltered { perRegex[regex] = textOwners.map { owners in allTexts.filter { owners[$0] != regex } } ?? allTexts }
        let textsOf = perRegex
        let tried = textsOf.indices.filter { !textsOf[$0].isEmpty }
        let hits: [[Hit]] = tried.parallelMap { regex in
            guard let matcher = compile(regex) else { return [] }
            return textsOf[regex].filter { matcher.search(scalars: texts[$0], folded: foldedTexts[$0]).isMatch }
                .map { Hit(regex: regex, text: $0) }
        }
        return Outcome(hits: hits.flatMap { $0 }.sorted { ($0.text, $0.regex) < ($1.text, $1.regex) },
                       candidatePairs: textsOf.reduce(0) { $0 + $1.count })
    }
}
