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
    private let index: LiteralIndex
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
    public init(requirements: [[Set<[UInt32]>]?], texts: [[UInt32]], textOwners: [Int]? = nil,
                compile: @escaping @Sendable (Int) -> PythonMatcher?) {
        regexCount = requirements.count
        self.textOwners = textOwners
        self.compile = compile
        self.texts = texts
        let foldedTexts = texts.parallelMap(RequiredLiterals.fold)
        self.foldedTexts = foldedTexts
        let frequency = Self.textFrequency(of: Set(requirements.flatMap { ($0 ?? []).flatMap { $0 } }), in: foldedTexts)
        var literals: [(literal: [UInt32], owner: Int)] = []
        var unfiltered: [Int] = []
        for (owner, alternatives) in requirements.enumerated() {
            guard let alternatives else { continue }
            // The requirement met by the fewest texts lets the fewest texts through.
            let rarest = alternatives.min { a, b in
                a.reduce(0) { $0 + frequency[$1, default: 0] } < b.reduce(0) { $0 + frequency[$1, default: 0] }
            }
            if let rarest {
                for literal in rarest { literals.append((literal, owner)) }
            } else {
                unfiltered.append(owner)
            }
        }
        index = LiteralIndex(literals)
        self.unfiltered = unfiltered
    }

    /// How many of the (folded) texts contain each literal, in one scan of each text.
    private static func textFrequency(of literals: Set<[UInt32]>, in foldedTexts: [[UInt32]]) -> [[UInt32]: Int] {
        let list = Array(literals)
        let index = LiteralIndex(list.enumerated().map { ($0.element, $0.offset) })
        let perText = foldedTexts.parallelMap { text in
            var found = Set<Int>()
            index.scan(text) { found.insert($0) }
            return Array(found)
        }
        var counts = [Int](repeating: 0, count: list.count)
        for found in perText { for literal in found { counts[literal] += 1 } }
        return Dictionary(uniqueKeysWithValues: zip(list, counts))
    }

    /// The hits of every regex on every text, sorted by text then regex.
    public func run() -> Outcome {
        // Which regexes each text's literals let through, then the same turned round: which
        // texts each regex must be tried on.
        let perText: [[Int]] = Array(texts.indices).parallelMap { text in
            var candidates = Set<Int>()
            index.scan(foldedTexts[text]) { candidates.insert($0) }
            return Array(candidates)
        }
        var perRegex = [[Int]](repeating: [], count: regexCount)
        for (text, regexes) in perText.enumerated() {
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
