import Synchronization

extension Engine {
    /// Checks the request's files as `check` does, keeping of each checked record only what
    /// `keep` makes of it, in no particular order (`keep` runs on the check's threads). For the
    /// commands that need a little of every record (`build`, `fmt`, `match`, `new`): the records
    /// themselves, held to the end, took about a gigabyte at 50,000 records.
    public static func check<Kept: Sendable>(_ request: CheckRequest, keeping keep: @escaping @Sendable (TypedRecord) -> Kept?)
        throws(RunError) -> (result: CheckResult, kept: [Kept]) {
        let kept = KeptValues<Kept>()
        var streaming = request
        streaming.keepsRecords = false
        streaming.recordSink = { record in keep(record).map(kept.add) }
        let result = try check(streaming)
        return (result, kept.all)
    }
}

/// What `Engine.check(_:keeping:)` kept so far, added from the check's threads.
private final class KeptValues<Kept: Sendable>: Sendable {
    private let values = Mutex<[Kept]>([])

    func add(_ value: Kept) { values.withLock { $0.append(value) } }

    var all: [Kept] { values.withLock { $0 } }
}
