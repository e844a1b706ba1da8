import Dispatch

/// A value worked out on another thread while the caller does something else, and waited for
/// where it is needed.
final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    // Written once on the worker, read only after `done` says it was: the group orders the two.
    private var value: Value?
    private let done = DispatchGroup()

    init(_ work: @escaping @Sendable () -> Value) {
        done.enter()
        DispatchQueue.global().async {
            self.value = work()
            self.done.leave()
        }
    }

    /// The value, once it is worked out.
    func wait() -> Value {
        done.wait()
        return value!
    }
}
