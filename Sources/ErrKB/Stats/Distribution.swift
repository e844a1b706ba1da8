/// Count, mean, minimum, quartiles and maximum of some numbers: how a rate or count spreads over
/// the KB.
///
/// Quartiles follow Python's `statistics.quantiles(data, n=4, method='inclusive')`: with the data
/// sorted, quartile i (1…3) interpolates linearly at 0-based position i·(count−1)/4, so the
/// minimum and maximum are quartiles 0 and 4 and a KB of identical values has identical
/// quartiles. The arithmetic is Python's, step for step, so the results agree to the last bit
/// (a test compares them with python3). One value is every quartile (Python 3.13 says the same;
/// 3.11 refuses to answer). The mean is the double-precision sum divided by the count, which may
/// differ from Python's exactly rounded `statistics.mean` in the last bit.
public struct Distribution: Sendable, Hashable {
    /// The figures of a non-empty distribution.
    public struct Summary: Sendable, Hashable {
        public let mean: Double
        public let min: Double
        public let q1: Double
        public let median: Double
        public let q3: Double
        public let max: Double
    }

    public let count: Int
    /// Nil when there are no values.
    public let summary: Summary?

    public init(_ values: [Double]) {
        let data = values.sorted()
        count = data.count
        guard let first = data.first, let last = data.last else {
            summary = nil
            return
        }
        let quartiles = Self.inclusiveQuartiles(data)
        summary = Summary(mean: data.reduce(0, +) / Double(data.count), min: first,
                          q1: quartiles[0], median: quartiles[1], q3: quartiles[2], max: last)
    }

    /// Python's `quantiles(method='inclusive')` for n = 4 over sorted, non-empty `data`.
    private static func inclusiveQuartiles(_ data: [Double]) -> [Double] {
        guard data.count > 1 else { return [data[0], data[0], data[0]] }
        let n = 4
        let m = data.count - 1
        return (1..<n).map { i in
            let (j, delta) = (i * m).quotientAndRemainder(dividingBy: n)
            return (data[j] * Double(n - delta) + data[j + 1] * Double(delta)) / Double(n)
        }
    }
}
