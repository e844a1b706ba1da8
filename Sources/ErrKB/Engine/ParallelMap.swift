import Dispatch

extension Array where Element: Sendable {
    /// Maps every element on all cores, keeping the order of the input. Each result is made in
    /// its place in the output: no optional slots to copy out of afterwards.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        return [T](unsafeUninitializedCapacity: count) { results, initialized in
            nonisolated(unsafe) let slots = results.baseAddress!
            // Each iteration initializes only its own slots, so the writes never overlap, and
            // every slot once: `transform` cannot throw.
            self.withUnsafeBufferPointer { input in
                nonisolated(unsafe) let source = input
                let chunks = Swift.min(count, 64)
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    var index = chunk
                    while index < source.count {
                        (slots + index).initialize(to: transform(source[index]))
                        index += chunks
                    }
                }
            }
            initialized = count
        }
    }
}
