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
        let comments: YAMLWriter.Comments
        switch CommentPlacement.comments(of: record) {
        case .success(let found): comments = found
        case .failure(let refusal): return .failure(refusal)
        }
        let ordered = CanonicalRecord.make(record.value, shape: schema.shape, fillingDefaults: false)
        let formatted = YAMLWriter.write(ordered, comments: comments)
        // Guard: the formatted text must type back to exactly the same value, with every comment.
        let reloaded = SourceLoader().load(bytes: Array(formatted.utf8), file: record.file, format: .yaml)
        guard reloaded.diagnostics.isEmpty, let root = reloaded.root else { return .failure(.wouldChangeRecord) }
        let again = TypedRecord(file: record.file, format: .yaml, root: root,
                                value: SchemaTyper(root: schema.shape, dialect: .yaml).value(of: root), text: reloaded.text)
        guard JSONValue.identical(again.value, ordered),
              CommentPlacement.commentCount(of: again) == comments.count
        else { return .failure(.wouldChangeRecord) }
        return .success(formatted)
    }
}
