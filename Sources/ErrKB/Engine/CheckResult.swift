/// Everything a check run found: sorted diagnostics, the records it could read, the counts.
public struct CheckResult: Sendable {
    /// Counts for the summary line and the JSON/SARIF summaries.
    public struct Summary: Sendable, Hashable, Codable {
        public var files: Int
        public var records: Int
        public var errors: Int
        public var warnings: Int
        public var notes: Int
    }

    /// Sorted by file, line, column, rule, message.
    public let diagnostics: [Diagnostic]
    /// Records that could be typed, in file order; empty when the request did not keep them.
    public let records: [TypedRecord]
    /// How many records could be typed, kept or not.
    public let recordCount: Int
    /// The text of every file with a diagnostic, for carets.
    public let sources: [String: SourceText]
    public let fileCount: Int

    /// `recordCount`: when nil, `records.count`.
    public init(diagnostics: [Diagnostic], records: [TypedRecord], recordCount: Int? = nil, sources: [String: SourceText],
                fileCount: Int) {
        self.diagnostics = diagnostics.sorted()
        self.records = records
        self.recordCount = recordCount ?? records.count
        self.sources = sources
        self.fileCount = fileCount
    }

    public var summary: Summary {
        Summary(files: fileCount, records: recordCount,
                errors: diagnostics.count { $0.severity == .error },
                warnings: diagnostics.count { $0.severity == .warning },
                notes: diagnostics.count { $0.severity == .note })
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
