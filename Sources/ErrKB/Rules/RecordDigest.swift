/// What the cross-record rules read of one record: its id, regex, signature, aliases and links,
/// with where each is written. Small, so the whole KB's digests stay in memory while each file's
/// node tree and text are dropped as soon as its own checks are done; and plain, so a digest can
/// be cached on disk for files that did not change.
public struct RecordDigest: Sendable, Hashable {
    /// Path relative to the KB root.
    public let file: String
    public let id: String?
    public let regex: String?
    public let signature: String?
    /// The aliases by index; nil where an alias is not a string.
    public let aliases: [String?]
    public let edges: [TypedRecord.Edge]
    /// Where each of the values above is written, by path.
    let spans: [JSONPointer: SourceSpan]

    init(file: String, id: String?, regex: String?, signature: String?, aliases: [String?],
         edges: [TypedRecord.Edge], spans: [JSONPointer: SourceSpan]) {
        self.file = file
        self.id = id
        self.regex = regex
        self.signature = signature
        self.aliases = aliases
        self.edges = edges
        self.spans = spans
    }

    public init(_ record: TypedRecord) {
        let value = record.value
        let aliases = (value["aliases"]?.arrayValue ?? []).map(\.stringValue)
        let edges = record.edges
        var paths = [Self.idPath, Self.regexPath, Self.signaturePath] + edges.map(\.path)
        paths += aliases.indices.map(Self.aliasPath)
        var spans: [JSONPointer: SourceSpan] = [:]
        for path in paths where record.value(at: path) != nil { spans[path] = record.span(at: path) }
        self.init(file: record.file, id: record.id, regex: value["regex"]?.stringValue, signature: value["signature"]?.stringValue,
                  aliases: aliases, edges: edges, spans: spans)
    }

    static let idPath = JSONPointer.root.appending("id")
    static let regexPath = JSONPointer.root.appending("regex")
    static let signaturePath = JSONPointer.root.appending("signature")
    static func aliasPath(_ index: Int) -> JSONPointer { JSONPointer.root.appending("aliases").appending(index) }

    /// Where the value at `path` is written; the file's start for a path the digest does not keep.
    public func span(at path: JSONPointer) -> SourceSpan {
        spans[path] ?? SourceSpan(at: .fileStart)
    }
}
