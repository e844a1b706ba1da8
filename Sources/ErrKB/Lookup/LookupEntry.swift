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
    /// read, typed and let go (no rule runs).
    public static func all(_ request: CheckRequest) throws(RunError) -> [LookupEntry] {
        try Engine.check(request, keeping: LookupEntry.init).kept.sorted { $0.file < $1.file }
    }
}
