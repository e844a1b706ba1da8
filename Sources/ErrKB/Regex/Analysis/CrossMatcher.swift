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
    private let index: LiteralIndex
    private let unfiltered: [Int]

    /// `matchers[i]` nil means regex `i` is skipped (it does not compile).
    public init(_ matchers: [PythonMatcher?]) {
        self.matchers = matchers
        var literals: [(literal: [UInt32], owner: Int)] = []
        var unfiltered: [Int] = []
        for (owner, matcher) in matchers.enumerated() {
            guard let matcher else { continue }
            if let required = RequiredLiterals.of(matcher.ast) {
                for literal in required { literals.append((literal, owner)) }
            } else {
                unfiltered.append(owner)
            }
        }
        index = LiteralIndex(literals)
        self.unfiltered = unfiltered
    }

    /// The hits of every regex on every text, sorted by text then regex.
    public func run(_ texts: [[UInt32]]) -> Outcome {
        let perText = texts.enumerated().map { ($0.offset, $0.element) }.parallelMap { item in
            let (textIndex, text) = item
            var candidates = Set(unfiltered)
            index.scan(RequiredLiterals.fold(text)) { candidates.insert($0) }
            let hits = candidates.sorted().filter { matchers[$0]?.search(scalars: text).isMatch == true }
            return (hits.map { Hit(regex: $0, text: textIndex) }, candidates.count)
        }
        return Outcome(hits: perText.flatMap(\.0), candidatePairs: perText.reduce(0) { $0 + $1.1 },
                       unfilteredRegexes: unfiltered.count)
    }
}
