/// What `errkb fmt` is to do, worked out while the check reads each YAML source: a file already
/// in the canonical layout is compared and let go, so neither every record nor every formatted
/// text is kept (at 50,000 records, keeping the records took about a gigabyte).
public struct FormatRun: Sendable {
    /// What formatting a file that is not in the canonical layout gives.
    public enum Change: Sendable {
        case reformat(String)
        case refused(SourceFormatter.Refusal)
    }

    /// A YAML source that gave a record, and its change when it has one.
    public struct FileChange: Sendable {
        public let file: String
        public let change: Change?
    }

    public let check: CheckResult
    /// Every YAML source that gave a record, in file order.
    public let files: [FileChange]

    /// Checks the request's files as `validate` does and formats each YAML record on the way.
    public static func run(_ request: CheckRequest) throws(RunError) -> FormatRun {
        let schema = request.schema
        let (check, files) = try Engine.check(request) { record in
            record.format == .yaml ? FileChange(file: record.file, change: change(of: record, schema: schema)) : nil
        }
        return FormatRun(check: check, files: files.sorted { $0.file < $1.file })
    }

    /// What formatting `record` gives when it differs from the source (as `fmt` always
    /// compared it: as text).
    private static func change(of record: TypedRecord, schema: RecordSchema) -> Change? {
        switch SourceFormatter.reformatted(record, schema: schema) {
        case .failure(let refusal): return .refused(refusal)
        case .success(let text?) where text != record.text?.text: return .reformat(text)
        case .success: return nil
        }
    }
}
