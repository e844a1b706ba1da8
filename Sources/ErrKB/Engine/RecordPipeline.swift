/// The per-file stages, run in parallel: load, type against the schema, validate, record rules.
struct RecordPipeline: Sendable {
    /// What one file gave.
    struct Outcome: Sendable {
        var diagnostics: [Diagnostic]
        var record: TypedRecord?
        var text: SourceText?
    }

    let loader: SourceLoader
    let schema: RecordSchema
    let rules: [any RecordRule]
    let context: RuleContext

    /// Loads, types and checks one file; with `checking` false only loads and types it (a record
    /// that cross-record rules must see but that nobody asked to check).
    func run(_ file: DiscoveredFile, checking: Bool = true) -> Outcome {
        let source = loader.load(url: file.url, file: file.file, format: file.format)
        var diagnostics = source.diagnostics
        guard let root = source.root else { return Outcome(diagnostics: diagnostics, record: nil, text: source.text) }
        let typer = SchemaTyper(root: schema.shape, dialect: file.format == .json ? .json : .yaml)
        let record = TypedRecord(file: file.file, format: file.format, root: root, value: typer.value(of: root), text: source.text)
        guard checking else { return Outcome(diagnostics: [], record: record, text: source.text) }
        diagnostics += schema.diagnostics(for: record)
        for rule in rules {
            var report = RuleReport(rule: type(of: rule).description)
            rule.check(record, context: context, into: &report)
            diagnostics += report.diagnostics
        }
        return Outcome(diagnostics: diagnostics, record: record, text: source.text)
    }
}
