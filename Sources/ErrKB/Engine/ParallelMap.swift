import Dispatch
import Foundation
import Synchronization

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

extension Array where Element: Sendable {
    /// `parallelMap` where each worker thread makes state of its own (`makeState`) and hands it
    /// to `transform` with every element it maps: what no two threads should share. One worker
    /// per core takes the next few elements as it finishes the last, so a core slowed by other
    /// work on the machine takes fewer.
    func parallelMap<State, T: Sendable>(perWorker makeState: @Sendable () -> State,
                                         _ transform: @Sendable (inout State, Element) -> T) -> [T] {
        let workers = Swift.min(count, ProcessInfo.processInfo.activeProcessorCount)
        guard workers > 1 else {
            var state = makeState()
            return map { transform(&state, $0) }
        }
        // A few elements at a time: fewer atomic steps, and two threads seldom write results
        // side by side.
        let batch = 8
        let taken = Atomic<Int>(0)
        return [T](unsafeUninitializedCapacity: count) { results, initialized in
            nonisolated(unsafe) let slots = results.baseAddress!
            // Each batch goes to exactly one worker, so every slot is initialized once.
            self.withUnsafeBufferPointer { input in
                nonisolated(unsafe) let source = input
                DispatchQueue.concurrentPerform(iterations: workers) { _ in
                    var state = makeState()
                    while case let start = taken.wrappingAdd(batch, ordering: .relaxed).oldValue, start < source.count {
                        for index in start..<Swift.min(start + batch, source.count) {
                            (slots + index).initialize(to: transform(&state, source[index]))
                        }
                    }
                }
            }
            initialized = count
        }
    }
}
