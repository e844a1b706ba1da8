/// SARIF 2.1.0 for code scanning: every rule's metadata, columns in Unicode code points, and a
/// fingerprint per result made of rule, record and JSON pointer (never the line), so a finding is
/// tracked across edits that move it.
public struct SARIFReporter: Reporter {
    public static let id = "sarif"
    public static let summary = "for code scanning: SARIF 2.1.0 with rule metadata and stable fingerprints"

    public let rules: [RuleDescription]

    public init(rules: [RuleDescription]) { self.rules = rules.sorted { $0.id < $1.id } }

    public func render(_ result: CheckResult) -> String {
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        let run = JSONValue.object([
            ("tool", .object([("driver", .object([
                ("name", .string("errkb")),
                ("version", .string(ErrKBVersion.current)),
                ("semanticVersion", .string(ErrKBVersion.current)),
                ("rules", .array(rules.map(Self.descriptor))),
            ]))])),
            ("columnKind", .string("unicodeCodePoints")),
            ("originalUriBaseIds", .object([("KBROOT", .object([("description", .object([("text", .string("the knowledge base root"))]))]))])),
            ("results", .array(result.diagnostics.map { Self.result($0, ruleIndex: ruleIndex[$0.rule]) })),
        ])
        let log = JSONValue.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ])
        return CanonicalJSON.string(log) + "\n"
    }

    private static func descriptor(_ rule: RuleDescription) -> JSONValue {
        .object([
            ("id", .string(rule.id.rawValue)),
            ("shortDescription", .object([("text", .string(rule.summary))])),
            ("fullDescription", .object([("text", .string(rule.rationale))])),
            ("defaultConfiguration", .object([("level", .string(level(rule.defaultSeverity)))])),
            ("properties", .object([("tags", .array([.string(rule.group.rawValue)]))])),
        ])
    }

    private static func result(_ d: Diagnostic, ruleIndex: Int?) -> JSONValue {
        var region: [(key: String, value: JSONValue)] = [
            ("startLine", .integer(Int64(d.line))), ("startColumn", .integer(Int64(d.column))),
        ]
        if let endLine = d.endLine, let endColumn = d.endColumn {
            region += [("endLine", .integer(Int64(endLine))), ("endColumn", .integer(Int64(endColumn)))]
        }
        var members: [(key: String, value: JSONValue)] = [("ruleId", .string(d.rule.rawValue))]
        if let ruleIndex { members.append(("ruleIndex", .integer(Int64(ruleIndex)))) }
        let text = d.message + (d.hint.map { ". Help: \($0)" } ?? "")
        members += [
            ("level", .string(level(d.severity))),
            ("message", .object([("text", .string(text))])),
            ("locations", .array([location(file: d.file, region: .object(region), pointer: d.path)])),
            ("partialFingerprints", .object([("errkbFinding/v1", .string(fingerprint(d)))])),
        ]
        if !d.related.isEmpty {
            members.append(("relatedLocations", .array(d.related.enumerated().map { index, note in
                .object([
                    ("id", .integer(Int64(index))),
                    ("physicalLocation", physical(file: note.file, region: .object([
                        ("startLine", .integer(Int64(note.location.line))), ("startColumn", .integer(Int64(note.location.column))),
                    ]))),
                    ("message", .object([("text", .string(note.message))])),
                ])
            })))
        }
        return .object(members)
    }

    private static func location(file: String, region: JSONValue, pointer: JSONPointer) -> JSONValue {
        .object([
            ("physicalLocation", physical(file: file, region: region)),
            ("logicalLocations", .array([.object([("fullyQualifiedName", .string(pointer.description.isEmpty ? "/" : pointer.description))])])),
        ])
    }

    private static func physical(file: String, region: JSONValue) -> JSONValue {
        .object([
            ("artifactLocation", .object([("uri", .string(file)), ("uriBaseId", .string("KBROOT"))])),
            ("region", region),
        ])
    }

    /// Rule + record (or file) + JSON pointer: stable when lines move.
    static func fingerprint(_ d: Diagnostic) -> String {
        SHA256.hexDigest(Array("\(d.rule)|\(d.record ?? d.file)|\(d.path)".utf8))
    }

    private static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }
}
