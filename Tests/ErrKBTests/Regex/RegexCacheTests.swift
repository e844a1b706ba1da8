import Testing
@testable import ErrKB

/// The run's regex cache answers what parsing and compiling each pattern afresh answers, for a
/// pattern asked again, under other flags, and after its tables have filled and been emptied.
@Suite struct RegexCacheTests {
    @Test func cachedAnswersAreFreshOnes() {
        let cache = RegexCache()
        var generator = RegexPatternGenerator(seed: 0xCAC4E)
        let patterns = ["a", "(?i)b", "(", "E42: [a-z]+"] + generator.patterns(count: RegexCache.capacity)
        for round in 0..<2 {
            for pattern in patterns {
                #expect(cache.parse(pattern) == PythonRegex.parse(pattern), "round \(round): \(pattern)")
            }
        }
        for flags in [RegexFlags(), .ignoreCase, RegexFlags(), .ignoreCase] {
            for (pattern, text) in [("a", "A"), ("(?i)b", "B"), ("E42: [a-z]+", "e42: X")] {
                let fresh = PythonMatcher(pattern: pattern, flags: flags)?.search(text).isMatch
                #expect(cache.matcher(for: pattern, flags: flags)?.search(text).isMatch == fresh, "\(pattern) under \(flags)")
            }
        }
    }
}
