import Dispatch
import Foundation
import Synchronization

extension Array where Element: Sendable {
    /// Maps every element on all cores, keeping the order of the input.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        parallelMap(perWorker: {}) { _, element in transform(element) }
    }

    /// `parallelMap` where each worker thread makes state of its own (`makeState`) and hands it
    /// to `transform` with every element it maps: what no two threads should share.
    ///
    /// One worker per core takes the next few neighbouring elements as it finishes the last, so
    /// a core slowed by other work on the machine takes fewer. Neighbours, not every n-th
    /// element: two threads that write results side by side share cache lines, and the objects
    /// made for neighbouring elements sit side by side too (striding cost `lint FILE` a tenth of
    /// its CPU time). Each result is made in its place in the output: no optional slots to copy
    /// out of afterwards.
    func parallelMap<State, T: Sendable>(perWorker makeState: @Sendable () -> State,
                                         _ transform: @Sendable (inout State, Element) -> T) -> [T] {
        let workers = Swift.min(count, ProcessInfo.processInfo.activeProcessorCount)
        guard workers > 1 else {
            var state = makeState()
            return map { transform(&state, $0) }
        }
        // Few enough atomic steps for cheap elements, small enough that the last batches of
        // costly ones (a record is a third of a millisecond) end together.
        let batch = Swift.max(1, Swift.min(16, count / (workers * 16)))
        let taken = Atomic<Int>(0)
        return [T](unsafeUninitializedCapacity: count) { results, initialized in
            nonisolated(unsafe) let slots = results.baseAddress!
            // Each batch goes to exactly one worker, so every slot is initialized once:
            // `transform` cannot throw.
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
