/// `errkb fmt`: the canonical layout of a YAML source — keys in the schema's order, the writer's
/// quoting and indentation — keeping every value as written and the comment lines at the top.
public enum SourceFormatter {
    /// Why a file cannot be formatted.
    public enum Refusal: Error, Equatable, Sendable {
        /// Comments inside the record would be lost.
        case commentsInside(line: Int)
        /// The formatted text would not read back as the same record (a writer bug guard).
        case wouldChangeRecord
    }

    /// The formatted text of `record`, a YAML source.
    public static func format(_ record: TypedRecord, schema: RecordSchema) -> Result<String, Refusal> {
        guard let text = record.text else { return .failure(.wouldChangeRecord) }
        let lines = text.text.split(separator: "\n", omittingEmptySubsequences: false)
        let header = lines.prefix { $0.hasPrefix("#") }
        if let line = commentLine(in: record, after: header.count) { return .failure(.commentsInside(line: line)) }
        let ordered = CanonicalRecord.make(record.value, shape: schema.shape, fillingDefaults: false)
        let body = YAMLWriter.write(ordered)
        let formatted = header.map { $0 + "\n" }.joined() + body
        // Guard: the formatted text must type back to exactly the same value.
        let reloaded = SourceLoader().load(bytes: Array(formatted.utf8), file: record.file, format: .yaml)
        guard reloaded.diagnostics.isEmpty, let root = reloaded.root,
              JSONValue.identical(SchemaTyper(root: schema.shape, dialect: .yaml).value(of: root), ordered)
        else { return .failure(.wouldChangeRecord) }
        return .success(formatted)
    }

    /// The first line below the header holding a `#` that no scalar contains: a comment.
    private static func commentLine(in record: TypedRecord, after headerLines: Int) -> Int? {
        guard let text = record.text, text.text.contains("#") else { return nil }
        var spans: [SourceSpan] = []
        var pending = [record.root]
        while let node = pending.popLast() {
            switch node.content {
            case .scalar: spans.append(node.span)
            case .mapping(let entries):
                for entry in entries {
                    spans.append(entry.keySpan)
                    pending.append(entry.value)
                }
            case .sequence(let items): pending.append(contentsOf: items)
            case .invalid: break
            }
        }
        for (index, line) in text.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where index >= headerLines {
            var column = 0
            for scalar in line.unicodeScalars {
                column += 1
                guard scalar == "#" else { continue }
                let point = SourceLocation(line: index + 1, column: column)
                if !spans.contains(where: { $0.start <= point && point < $0.end }) { return index + 1 }
            }
        }
        return nil
    }
}
