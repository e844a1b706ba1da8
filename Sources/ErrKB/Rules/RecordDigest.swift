/// What the cross-record rules read of one record: its id, regex, signature, aliases and links,
/// with where each is written. Small, so the whole KB's digests stay in memory while each file's
/// node tree and text are dropped as soon as its own checks are done; and plain, so a digest can
/// be cached on disk for files that did not change. A class, so that the cross-record stages
/// pass tens of thousands of them around by reference instead of copying every field.
public final class RecordDigest: Sendable, Equatable {
    /// Path relative to the KB root.
    public let file: String
    public let id: String?
    public let regex: String?
    public let signature: String?
    /// The aliases by index; nil where an alias is not a string.
    public let aliases: [String?]
    public let edges: [TypedRecord.Edge]
    /// What the regex requires of any text it matches (`RequiredLiterals.alternatives`), nil
    /// when it has no regex that compiles; worked out only for runs whose rules cross-match
    /// regexes (`hasRegexLiterals`), since other runs would pay for it and never use it.
    let regexLiterals: [[[UInt32]]]?
    let hasRegexLiterals: Bool
    /// Where the values above are written: the lists line up with `aliases` and `edges`. Kept
    /// as plain fields, not a table by path, since a KB holds tens of thousands of digests.
    let idSpan, regexSpan, signatureSpan: SourceSpan?
    let aliasSpans: [SourceSpan]
    let edgeSpans: [SourceSpan]

    /// `regexLiterals`: nil when they were not worked out, `.some(nil)` when there is no regex.
    init(file: String, id: String?, regex: String?, signature: String?, aliases: [String?], edges: [TypedRecord.Edge],
         regexLiterals: [[[UInt32]]]??,
         spans: (id: SourceSpan?, regex: SourceSpan?, signature: SourceSpan?, aliases: [SourceSpan], edges: [SourceSpan])) {
        self.file = file
        self.id = id
        self.regex = regex
        self.signature = signature
        self.aliases = aliases
        self.edges = edges
        self.regexLiterals = regexLiterals ?? nil
        hasRegexLiterals = regexLiterals != nil
        (idSpan, regexSpan, signatureSpan, aliasSpans, edgeSpans) = spans
    }

    /// `context`: the run's, when the regex's literals are to be worked out.
    public convenience init(_ record: TypedRecord, literalsFrom context: RuleContext? = nil) {
        let value = record.value
        let aliases = (value["aliases"]?.arrayValue ?? []).map(\.stringValue)
        let edges = record.edges
        // Walked step by step rather than by `record.span(at:)` from the root for each path.
        let walk = NodeWalk(from: record.root)
        let span = { (key: String) in value[key] == nil ? nil : walk.key(key).span }
        let aliasItems = walk.key("aliases"), graph = walk.key("transition_graph")
        let regex = value["regex"]?.stringValue
        let literals = context.map { context in
            regex.flatMap { context.regexes.requiredLiterals(of: $0, flags: context.config.regexFlags) }
        }
        self.init(file: record.file, id: record.id, regex: regex, signature: value["signature"]?.stringValue,
                  aliases: aliases, edges: edges, regexLiterals: literals,
                  spans: (span("id"), span("regex"), span("signature"), aliases.indices.map { aliasItems.index($0).span },
                          edges.map { graph.key($0.list).index($0.index).key("error_id").span }))
    }

    static let idPath = JSONPointer.root.appending("id")
    static let regexPath = JSONPointer.root.appending("regex")
    static let signaturePath = JSONPointer.root.appending("signature")
    static func aliasPath(_ index: Int) -> JSONPointer { JSONPointer.root.appending("aliases").appending(index) }

    /// Where the value at `path` is written; the file's start for a path the digest does not keep.
    public func span(at path: JSONPointer) -> SourceSpan {
        var found: SourceSpan?
        switch path {
        case Self.idPath: found = idSpan
        case Self.regexPath: found = regexSpan
        case Self.signaturePath: found = signatureSpan
        default:
            if let alias = aliasSpans.indices.first(where: { Self.aliasPath($0) == path }) {
                found = aliasSpans[alias]
            } else if let edge = edges.firstIndex(where: { $0.path == path }) {
                found = edgeSpans[edge]
            }
        }
        return found ?? SourceSpan(at: .fileStart)
    }

    public static func == (lhs: RecordDigest, rhs: RecordDigest) -> Bool {
        (lhs.file, lhs.id, lhs.regex, lhs.signature, lhs.aliases, lhs.edges) == (rhs.file, rhs.id, rhs.regex, rhs.signature, rhs.aliases, rhs.edges)
            && (lhs.regexLiterals, lhs.hasRegexLiterals) == (rhs.regexLiterals, rhs.hasRegexLiterals)
            && (lhs.idSpan, lhs.regexSpan, lhs.signatureSpan, lhs.aliasSpans, lhs.edgeSpans)
            == (rhs.idSpan, rhs.regexSpan, rhs.signatureSpan, rhs.aliasSpans, rhs.edgeSpans)
    }
}
