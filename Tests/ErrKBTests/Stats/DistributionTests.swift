import Foundation
import Testing
@testable import ErrKB

/// `Distribution` against Python's `statistics`: quartiles from `quantiles(n=4, method='inclusive')`
/// bit for bit, min and max exactly, the mean within a rounding step of `statistics.mean`.
@Suite struct DistributionTests {
    /// One dataset: rates with two decimals, whole counts (sent to Python as integers, as
    /// evidence_count is), or arbitrary doubles.
    static func datasets() -> [[Double]] {
        var rng = SplitMix64(seed: 7)
        return (0..<400).map { index in
            let count = Int.random(in: 2...60, using: &rng)
            switch index % 3 {
            case 0: return (0..<count).map { _ in Double(Int.random(in: 0...100, using: &rng)) / 100 }
            case 1: return (0..<count).map { _ in Double(Int.random(in: 0...5000, using: &rng)) }
            default: return (0..<count).map { _ in Double.random(in: -1e6...1e6, using: &rng) }
            }
        }
    }

    static let oracle = """
        import json, statistics, sys
        for line in sys.stdin:
            data = json.loads(line)
            q = statistics.quantiles(data, n=4, method='inclusive')
            print(json.dumps([repr(float(x)) for x in q + [min(data), max(data), statistics.mean(data)]]))
        """

    @Test func quartilesAgreeWithPythonStatistics() throws {
        guard PythonOracle.isAvailable else {
            Issue.record("python3 is not available: the quartile oracle cannot run")
            return
        }
        let sets = Self.datasets()
        let input = sets.map { values in
            "[" + values.map { $0 == $0.rounded() && abs($0) < 1e15 ? String(Int64($0)) : "\($0)" }.joined(separator: ", ") + "]"
        }.joined(separator: "\n") + "\n"
        let lines = try PythonOracle.run(script: Self.oracle, input: input).split(separator: "\n")
        try #require(lines.count == sets.count)
        for (values, line) in zip(sets, lines) {
            let expected = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String]).compactMap(Double.init)
            let summary = try #require(Distribution(values).summary)
            let actual = [summary.q1, summary.median, summary.q3, summary.min, summary.max]
            #expect(actual.map(\.bitPattern) == expected.prefix(5).map(\.bitPattern), "\(values)")
            #expect(abs(summary.mean - expected[5]) <= 1e-12 * max(abs(expected[5]), 1), "\(values)")
        }
    }

    @Test func oneValueIsEveryQuartile() throws {
        let summary = try #require(Distribution([0.7]).summary)
        #expect([summary.min, summary.q1, summary.median, summary.q3, summary.max, summary.mean] == Array(repeating: 0.7, count: 6))
    }

    @Test func noValuesHaveNoFigures() {
        #expect(Distribution([]).count == 0)
        #expect(Distribution([]).summary == nil)
    }

    @Test func inclusiveQuartilesInterpolateBetweenNeighbours() throws {
        // Positions 0.75, 1.5, 2.25 of [1, 2, 3, 4]: Python gives [1.75, 2.5, 3.25].
        let summary = try #require(Distribution([4, 1, 3, 2]).summary)
        #expect([summary.q1, summary.median, summary.q3] == [1.75, 2.5, 3.25])
    }
}
