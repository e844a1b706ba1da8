import Foundation

/// Work the regex rules share within one run: each pattern is compiled once, and the KB-wide
/// cross-matching (which regex matches which other record's texts) is computed once for both
/// `regex-ambiguous` and `regex-too-broad`.
public final class RegexCache: @unchecked Sendable {
    private let lock = NSLock()
    private var parses: [String: Result<RegexAST, RegexSyntaxError>] = [:]
    private var matchers: [String: PythonMatcher?] = [:]
    private var corpus: (files: [String], matches: CorpusRegexMatches)?

    public init() {}

    /// The pattern parsed as Python 3.11 parses it.
    func parse(_ pattern: String) -> Result<RegexAST, RegexSyntaxError> {
        lock.lock()
        let known = parses[pattern]
        lock.unlock()
        if let known { return known }
        let parsed = PythonRegex.parse(pattern)
        lock.lock()
        parses[pattern] = parsed
        lock.unlock()
        return parsed
    }

    /// The compiled pattern under `flags`; nil when it is not valid Python.
    func matcher(for pattern: String, flags: RegexFlags) -> PythonMatcher? {
        let key = "\(flags.rawValue):" + pattern
        lock.lock()
        let known = matchers[key]
        lock.unlock()
        if let known { return known }
        let compiled = (try? parse(pattern).get()).flatMap { PythonMatcher(ast: $0, flags: flags) }
        lock.lock()
        matchers[key] = compiled
        lock.unlock()
        return compiled
    }

    /// The cross-matches of `records`, computed on first use, for the records the run reports on.
    func corpusMatches(_ records: [TypedRecord], context: RuleContext) -> CorpusRegexMatches {
        let files = records.map(\.file)
        lock.lock()
        if let corpus, corpus.files == files {
            lock.unlock()
            return corpus.matches
        }
        lock.unlock()
        let focus = context.reportedFiles.map { files in Set(records.indices.filter { files.contains(records[$0].file) }) }
        let matches = CorpusRegexMatches(records, flags: context.config.regexFlags, cache: self, focus: focus)
        lock.lock()
        corpus = (files, matches)
        lock.unlock()
        return matches
    }
}
