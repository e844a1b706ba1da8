/// DESIGN.md's JSON shape, keys in a fixed order, for scripts.
public struct JSONReporter: Reporter {
    public static let id = "json"
    public static let summary = "for scripts: every diagnostic and the summary as one JSON document"

    public init() {}

    public func render(_ result: CheckResult) -> String {
        let summary = result.summary
        let document = JSONValue.object([
            ("tool", .object([("name", .string("errkb")), ("version", .string(ErrKBVersion.current))])),
            ("diagnostics", .array(result.diagnostics.map(Self.value))),
            ("summary", .object([
                ("files", .integer(Int64(summary.files))),
                ("records", .integer(Int64(summary.records))),
                ("errors", .integer(Int64(summary.errors))),
                ("warnings", .integer(Int64(summary.warnings))),
                ("notes", .integer(Int64(summary.notes))),
            ])),
        ])
        return CanonicalJSON.string(document) + "\n"
    }

    static func value(_ d: Diagnostic) -> JSONValue {
        .object([
            ("rule", .string(d.rule.rawValue)),
            ("severity", .string(d.severity.rawValue)),
            ("file", .string(d.file)),
            ("line", .integer(Int64(d.line))),
            ("column", .integer(Int64(d.column))),
            ("path", .string(d.path.description)),
            ("record", d.record.map(JSONValue.string) ?? .null),
            ("message", .string(d.message)),
            ("hint", d.hint.map(JSONValue.string) ?? .null),
        ])
    }
}
