import Dispatch

extension Array where Element: Sendable {
    /// Maps every element on all cores, keeping the order of the input.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        // Deinitialized before it is freed: freeing alone would leak every result's references.
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        nonisolated(unsafe) let slots = results
        // Each iteration writes only its own slot, so the writes never overlap.
        self.withUnsafeBufferPointer { input in
            nonisolated(unsafe) let source = input
            let chunks = Swift.min(count, 64)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                var index = chunk
                while index < source.count {
                    slots[index] = transform(source[index])
                    index += chunks
                }
            }
        }
        return results.map { $0! }
    }
}
