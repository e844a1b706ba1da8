/// `errkb fmt`: the canonical layout of a YAML source — keys in the schema's order, the writer's
/// quoting and indentation — keeping every value as written and the comment lines at the top.
public enum SourceFormatter {
    /// Why a file cannot be formatted.
    public enum Refusal: Error, Equatable, Sendable {
        /// A comment sits where the canonical layout has no place for it (inside a flow list).
        case commentsInside(line: Int)
        /// The formatted text would not read back as the same record (a writer bug guard).
        case wouldChangeRecord
    }

    /// The formatted text of `record`, a YAML source.
    public static func format(_ record: TypedRecord, schema: RecordSchema) -> Result<String, Refusal> {
        layout(record, schema: schema).flatMap { verified($0, of: record, schema: schema) }
    }

    /// The formatted text of `record` when its bytes differ from the source's; nil when the
    /// source is laid out so already. Such a source reads back as itself, so only the others are
    /// read back (`verified`): both `fmt` and `fmt-drift` ask this of almost every file.
    public static func reformatted(_ record: TypedRecord, schema: RecordSchema) -> Result<String?, Refusal> {
        guard let source = record.text?.text else { return .success(nil) }
        return layout(record, schema: schema).flatMap { layout in
            ASCIIText.sameBytes(layout.bytes, source) ? .success(nil) : verified(layout, of: record, schema: schema).map(Optional.some)
        }
    }

    /// The formatted text, not yet checked to read back as the same record: enough to see that
    /// a file is already formatted (it then is the record).
    private static func layout(_ record: TypedRecord, schema: RecordSchema) -> Result<Layout, Refusal> {
        CommentPlacement.comments(of: record).map { comments in
            let ordered = CanonicalRecord.make(record.value, shape: schema.shape, fillingDefaults: false)
            return Layout(bytes: YAMLWriter.utf8(ordered, comments: comments), value: ordered, commentCount: comments.count)
        }
    }

    /// A layout and what it must read back as.
    private struct Layout: Sendable {
        /// The text as UTF-8: compared with the source's bytes, and made a String only when it differs.
        let bytes: [UInt8]
        let value: JSONValue
        let commentCount: Int
    }

    /// Guard: the formatted text must type back to exactly the same value, with every comment.
    private static func verified(_ layout: Layout, of record: TypedRecord, schema: RecordSchema) -> Result<String, Refusal> {
        let reloaded = SourceLoader().load(bytes: layout.bytes, file: record.file, format: .yaml)
        guard reloaded.diagnostics.isEmpty, let root = reloaded.root else { return .failure(.wouldChangeRecord) }
        let again = TypedRecord(file: record.file, format: .yaml, root: root,
                                value: SchemaTyper(root: schema.shape, dialect: .yaml).value(of: root), text: reloaded.text)
        guard JSONValue.identical(again.value, layout.value),
              CommentPlacement.commentCount(of: again) == layout.commentCount
        else { return .failure(.wouldChangeRecord) }
        return .success(String(decoding: layout.bytes, as: UTF8.self))
    }
}
