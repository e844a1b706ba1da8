import Foundation

/// Work the regex rules share within one run: each pattern is compiled once, and the KB-wide
/// cross-matching (which regex matches which other record's texts) is computed once for both
/// `regex-ambiguous` and `regex-too-broad`.
///
/// The rules of one record ask for its pattern one after another, so a small cache serves them:
/// a table is emptied when it fills, and memory does not grow with the KB.
public final class RegexCache: @unchecked Sendable {
    /// Most patterns a table holds before it is emptied.
    static let capacity = 1024

    private let lock = NSLock()
    private var parses = BoundedTable<Result<RegexAST, RegexSyntaxError>>()
    private var matchers = BoundedTable<PythonMatcher?>()
    private var corpus: (files: [String], matches: CorpusRegexMatches)?
    /// Held while the cross-matches are worked out, so two rules asking at once share one answer.
    private let corpusLock = NSLock()

    public init() {}

    /// The pattern parsed as Python 3.11 parses it.
    func parse(_ pattern: String) -> Result<RegexAST, RegexSyntaxError> {
        if let known = lock.withLock({ parses[pattern] }) { return known }
        let parsed = PythonRegex.parse(pattern)
        lock.withLock { parses.insert(parsed, for: pattern) }
        return parsed
    }

    /// The compiled pattern under `flags`; nil when it is not valid Python or too large to compile.
    func matcher(for pattern: String, flags: RegexFlags) -> PythonMatcher? {
        let key = "\(flags.rawValue):" + pattern
        if let known = lock.withLock({ matchers[key] }) { return known }
        let compiled = (try? parse(pattern).get()).flatMap { PythonMatcher(ast: $0, flags: flags) }
        lock.withLock { matchers.insert(compiled, for: key) }
        return compiled
    }

    /// What any text the pattern matches must contain (`RequiredLiterals.alternatives`), taken
    /// from its compiled matcher, which the regex rules compile anyway; nil when it does not
    /// compile.
    func requiredLiterals(of pattern: String, flags: RegexFlags) -> [[[UInt32]]]? {
        matcher(for: pattern, flags: flags)?.requiredLiteralAlternatives
    }

    /// The cross-matches of `records`, computed on first use, for the records the run reports on.
    func corpusMatches(_ records: [RecordDigest], context: RuleContext) -> CorpusRegexMatches {
        let files = records.map(\.file)
        return corpusLock.withLock {
            if let known = lock.withLock({ corpus }), known.files == files { return known.matches }
            let focus = context.reportedFiles.map { _ in Set(records.indices.filter { context.reports(records[$0].file) }) }
            let matches = CorpusRegexMatches(records, flags: context.config.regexFlags, cache: self, focus: focus)
            lock.withLock { corpus = (files, matches) }
            return matches
        }
    }
}

/// One of the cache's tables, emptied when it fills so that memory does not grow with the KB.
/// Entries are computed outside the cache's lock: two threads may both compute one, and get the
/// same value. (A table reached through a key path cost a key path lookup on every call.)
private struct BoundedTable<Value> {
    private var entries: [String: Value] = [:]

    subscript(key: String) -> Value? { entries[key] }

    mutating func insert(_ value: Value, for key: String) {
        if entries.count >= RegexCache.capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = value
    }
}
