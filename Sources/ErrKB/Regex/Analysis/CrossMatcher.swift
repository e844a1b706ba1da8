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
        /// Regexes that require no literal and so were tried on every text.
        public var unfilteredRegexes: Int
    }

    private let matchers: [PythonMatcher?]
    private let texts: [[UInt32]]
    /// The texts case-folded once, for both scans and for the matcher's own literal check.
    private let foldedTexts: [[UInt32]]
    private let index: LiteralIndex
    private let unfiltered: [Int]

    /// Ready to match every regex of `matchers` against every text of `texts`; `matchers[i]`
    /// nil means regex `i` is skipped (it does not compile).
    public init(_ matchers: [PythonMatcher?], texts: [[UInt32]]) {
        self.matchers = matchers
        self.texts = texts
        let foldedTexts = texts.parallelMap(RequiredLiterals.fold)
        self.foldedTexts = foldedTexts
        let choices = matchers.map { $0?.requiredLiteralAlternatives ?? [] }
        let frequency = Self.textFrequency(of: Set(choices.flatMap { $0.flatMap { $0 } }), in: foldedTexts)
        var literals: [(literal: [UInt32], owner: Int)] = []
        var unfiltered: [Int] = []
        for (owner, requirements) in choices.enumerated() where matchers[owner] != nil {
            // The requirement met by the fewest texts lets the fewest texts through.
            let rarest = requirements.min { a, b in
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
        let perText = Array(texts.indices).parallelMap { textIndex in
            let (text, folded) = (texts[textIndex], foldedTexts[textIndex])
            var candidates = Set(unfiltered)
            index.scan(folded) { candidates.insert($0) }
            let hits = candidates.sorted().filter { matchers[$0]?.search(scalars: text, folded: folded).isMatch == true }
            return (hits.map { Hit(regex: $0, text: textIndex) }, candidates.count)
        }
        return Outcome(hits: perText.flatMap(\.0), candidatePairs: perText.reduce(0) { $0 + $1.1 },
                       unfilteredRegexes: unfiltered.count)
    }
}
