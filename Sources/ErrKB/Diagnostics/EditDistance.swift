/// Levenshtein distance over Unicode scalars, for "did you mean" hints.
enum EditDistance {
    /// The allowed name closest to `word`, if it is close enough to be a likely typo: at most one
    /// edit for short words, two up to six characters, three beyond; case differences are free.
    static func closest(to word: String, among candidates: [String]) -> String? {
        Candidates(candidates).closest(to: word)
    }

    /// The most edits a word of `length` scalars may be from a name suggested for it.
    static func limit(forLength length: Int) -> Int {
        length <= 3 ? 1 : length <= 6 ? 2 : 3
    }

    /// Names to suggest from, folded once. A KB with thousands of dangling links asks for a hint
    /// for each of them among all its ids: comparing every pair in full took seconds, so a cheap
    /// bound on the distance passes over most names before any is compared.
    struct Candidates: Sendable {
        /// Buckets of a histogram: a scalar counts in the bucket of its low five bits.
        private static let buckets = 32
        private let names: [String]
        private let folded: [[Unicode.Scalar]]
        /// One histogram after another, `buckets` counts each.
        private let histograms: [UInt8]

        init(_ names: [String]) {
            self.names = names
            folded = names.map { Array($0.lowercased().unicodeScalars) }
            histograms = folded.flatMap(Self.histogram)
        }

        /// The closest name as `EditDistance.closest(to:among:)` defines it: of those equally
        /// close, the first.
        func closest(to word: String) -> String? {
            let target = Array(word.lowercased().unicodeScalars)
            let limit = EditDistance.limit(forLength: target.count)
            let targetHistogram = Self.histogram(of: target)
            var best: (index: Int, distance: Int)?
            histograms.withUnsafeBufferPointer { histograms in
                for index in names.indices where abs(folded[index].count - target.count) <= limit {
                    // Each edit changes the histogram by at most two: a name whose histogram is
                    // further off than twice the limit is further than the limit.
                    let histogram = histograms.baseAddress! + index * Self.buckets
                    var histogramDistance = 0
                    for bucket in 0..<Self.buckets { histogramDistance += abs(Int(histogram[bucket]) - Int(targetHistogram[bucket])) }
                    guard histogramDistance <= 2 * limit, names[index] != word else { continue }
                    let distance = EditDistance.distance(target, folded[index], limit: limit)
                    if distance <= limit, distance < (best?.distance ?? Int.max) { best = (index, distance) }
                }
            }
            return best.map { names[$0.index] }
        }

        /// How often each scalar occurs, counted by bucket and stopped at 255: both only make
        /// the bound smaller, never wrong.
        private static func histogram(of scalars: [Unicode.Scalar]) -> [UInt8] {
            var counts = [UInt8](repeating: 0, count: buckets)
            for scalar in scalars {
                let bucket = Int(scalar.value) & (buckets - 1)
                if counts[bucket] < 255 { counts[bucket] += 1 }
            }
            return counts
        }
    }

    /// The edit distance, or more than `limit` as soon as it is known to exceed it. Only the
    /// cells within `limit` of the diagonal are worked out: any path through the others costs more.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let outside = limit + 1
        var previous = (0...b.count).map { min($0, outside) }
        var current = [Int](repeating: outside, count: b.count + 1)
        for i in 1...a.count {
            // Cells right of the band were never written and still say `outside`; the one left
            // of it holds a row from before and must be reset.
            let low = max(1, i - limit), high = min(b.count, i + limit)
            current[low - 1] = low == 1 ? min(i, outside) : outside
            var rowMinimum = current[low - 1]
            for j in low...high {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1, outside)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return outside }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
