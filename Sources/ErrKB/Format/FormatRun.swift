import Foundation

/// What `errkb fmt` is to do, worked out while the check reads each YAML source: a file already
/// in the canonical layout is compared and let go, so neither every record nor every formatted
/// text is kept (at 50,000 records, keeping the records took about a gigabyte).
public struct FormatRun: Sendable {
    /// What formatting a file that is not in the canonical layout gives.
    public enum Change: Sendable {
        case reformat(String)
        case refused(SourceFormatter.Refusal)
    }

    public let check: CheckResult
    /// Every YAML source that gave a record, in file order, with its change when it has one.
    public let files: [(file: String, change: Change?)]

    /// Checks the request's files as `validate` does and formats each YAML record on the way.
    public static func run(_ request: CheckRequest) throws(RunError) -> FormatRun {
        let collected = Collected()
        let schema = request.schema
        var streaming = request
        streaming.keepsRecords = false
        streaming.recordSink = { record in
            guard record.format == .yaml else { return }
            collected.add(record.file, change(of: record, schema: schema))
        }
        let check = try Engine.check(streaming)
        return FormatRun(check: check, files: collected.files.sorted { $0.file < $1.file })
    }

    /// What `SourceFormatter.format` gives when it differs from the source. The layout is
    /// compared first: a file already laid out so reads back as itself (as in fmt-drift).
    private static func change(of record: TypedRecord, schema: RecordSchema) -> Change? {
        guard let source = record.text?.text else { return nil }
        switch SourceFormatter.layout(record, schema: schema) {
        case .failure(let refusal): return .refused(refusal)
        case .success(let layout) where ASCIIText.sameBytes(layout.text, source): return nil
        case .success(let layout):
            switch SourceFormatter.verified(layout, of: record, schema: schema) {
            case .failure(let refusal): return .refused(refusal)
            case .success(let text): return text == source ? nil : .reformat(text)
            }
        }
    }

    /// Files added from the pipeline's threads.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var added: [(file: String, change: Change?)] = []

        func add(_ file: String, _ change: Change?) { lock.withLock { added.append((file, change)) } }

        var files: [(file: String, change: Change?)] { lock.withLock { added } }
    }
}
