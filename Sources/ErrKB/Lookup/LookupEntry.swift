/// What `match` and `new` need of a record: its id, file, regex and signature. They keep these
/// instead of the records, which at 50,000 records held about a gigabyte.
public struct LookupEntry: Sendable {
    public let id: String
    public let file: String
    public let regex: String?
    public let signature: String

    public init?(_ record: TypedRecord) {
        guard let id = record.id else { return nil }
        self.id = id
        file = record.file
        regex = record.value["regex"]?.stringValue
        signature = record.value["signature"]?.stringValue ?? ""
    }

    /// The entries of every record of the KB the request names, in file order: each record is
    /// read, typed and let go (no rule runs). `unread` counts the files that gave no entry (they
    /// do not parse, or hold no id): a lookup cannot find them, and should say so.
    public static func all(_ request: CheckRequest) throws(RunError) -> (entries: [LookupEntry], unread: Int) {
        let (result, kept) = try Engine.check(request, keeping: LookupEntry.init)
        return (kept.sorted { $0.file < $1.file }, max(0, result.fileCount - kept.count))
    }
}
