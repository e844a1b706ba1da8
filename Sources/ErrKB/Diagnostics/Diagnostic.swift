/// One finding: where it is in the file and in the record, which rule, what is wrong, what to do.
public struct Diagnostic: Hashable, Sendable, Codable, Comparable {
    /// A second place that explains the first ("first defined here").
    public struct Related: Hashable, Sendable, Codable {
        public var file: String
        public var location: SourceLocation
        public var message: String

        public init(file: String, location: SourceLocation, message: String) {
            self.file = file
            self.location = location
            self.message = message
        }
    }

    public var rule: RuleID
    public var severity: Severity
    /// Path relative to the KB root, with `/` separators.
    public var file: String
    public var line: Int
    public var column: Int
    public var endLine: Int?
    public var endColumn: Int?
    public var path: JSONPointer
    public var record: String?
    public var message: String
    public var hint: String?
    public var related: [Related]

    public init(
        rule: RuleID, severity: Severity, file: String, span: SourceSpan, path: JSONPointer = .root,
        record: String? = nil, message: String, hint: String? = nil, related: [Related] = []
    ) {
        self.rule = rule
        self.severity = severity
        self.file = file
        self.line = span.start.line
        self.column = span.start.column
        if span.end != span.start {
            self.endLine = span.end.line
            self.endColumn = span.end.column
        }
        self.path = path
        self.record = record
        self.message = message
        self.hint = hint
        self.related = related
    }

    public var location: SourceLocation { SourceLocation(line: line, column: column) }

    /// Baseline identity: survives moved lines because it names the JSON pointer, never the line.
    public var fingerprint: String { "\(file)|\(rule)|\(path)|\(message)" }

    /// By file, place, rule and message. Field by field rather than as a tuple: building the
    /// tuples copied four strings per comparison, which was most of sorting a million findings.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        if lhs.column != rhs.column { return lhs.column < rhs.column }
        if lhs.rule != rhs.rule { return lhs.rule.rawValue < rhs.rule.rawValue }
        return lhs.message < rhs.message
    }
}
