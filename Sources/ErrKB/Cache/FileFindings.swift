/// What one file's own checks found: its diagnostics and its suppression comments. The check
/// cache keeps them, so a file whose stamp is unchanged under the same settings is not read
/// again (as SwiftLint and ruff cache their per-file results).
struct FileFindings: Sendable, Equatable {
    let diagnostics: [Diagnostic]
    let suppressions: Suppressions?
    /// The days (`CalendarDate.dayNumber`) on which they hold (see `TodayWindow`).
    var days: ClosedRange<Int> = Int.min...Int.max
}

/// Findings in the cache's binary format.
extension FileFindings {
    func write(to writer: inout ByteWriter) {
        Self.write(diagnostics, to: &writer)
        writer.write(days.lowerBound)
        writer.write(days.upperBound)
        writer.write(suppressions != nil)
        guard let suppressions else { return }
        writer.write(suppressions.entries.count)
        for entry in suppressions.entries {
            writer.write(entry.rules.count)
            for rule in entry.rules { writer.write(rule.rawValue) }
            writer.write(entry.coveredLine)
            writer.write(entry.location)
        }
    }

    init(from reader: inout ByteReader) throws(ByteReader.Malformed) {
        let diagnostics = try Self.readDiagnostics(from: &reader)
        let (first, last) = (try reader.readInt(), try reader.readInt())
        guard first <= last else { throw ByteReader.Malformed() }
        var suppressions: Suppressions?
        if try reader.readBool() {
            var entries: [Suppressions.Entry] = []
            for _ in 0..<(try reader.readCount()) {
                var rules: [RuleID] = []
                for _ in 0..<(try reader.readCount()) { rules.append(RuleID(try reader.readString())) }
                entries.append(Suppressions.Entry(rules: rules, coveredLine: try reader.readInt(), location: try reader.readLocation()))
            }
            suppressions = Suppressions(entries: entries)
        }
        self.init(diagnostics: diagnostics, suppressions: suppressions, days: first...last)
    }

    static func write(_ diagnostics: [Diagnostic], to writer: inout ByteWriter) {
        writer.write(diagnostics.count)
        for diagnostic in diagnostics {
            writer.write(diagnostic.rule.rawValue)
            writer.write(diagnostic.severity.rawValue)
            writer.write(diagnostic.file)
            writer.write(diagnostic.location)
            writer.write(diagnostic.endLine != nil)
            if let endLine = diagnostic.endLine, let endColumn = diagnostic.endColumn {
                writer.write(SourceLocation(line: endLine, column: endColumn))
            }
            write(diagnostic.path, to: &writer)
            writer.write(diagnostic.record)
            writer.write(diagnostic.message)
            writer.write(diagnostic.hint)
            writer.write(diagnostic.related.count)
            for related in diagnostic.related {
                writer.write(related.file)
                writer.write(related.location)
                writer.write(related.message)
            }
        }
    }

    static func readDiagnostics(from reader: inout ByteReader) throws(ByteReader.Malformed) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for _ in 0..<(try reader.readCount()) {
            let rule = RuleID(try reader.readString())
            guard let severity = Severity(rawValue: try reader.readString()) else { throw ByteReader.Malformed() }
            let file = try reader.readString()
            let start = try reader.readLocation()
            let end = try reader.readBool() ? try reader.readLocation() : start
            let path = try readPointer(from: &reader)
            let record = try reader.readOptionalString()
            let message = try reader.readString()
            let hint = try reader.readOptionalString()
            var related: [Diagnostic.Related] = []
            for _ in 0..<(try reader.readCount()) {
                related.append(Diagnostic.Related(file: try reader.readString(), location: try reader.readLocation(),
                                                  message: try reader.readString()))
            }
            diagnostics.append(Diagnostic(rule: rule, severity: severity, file: file, span: SourceSpan(start: start, end: end),
                                          path: path, record: record, message: message, hint: hint, related: related))
        }
        return diagnostics
    }

    /// Tokens one by one, each with its kind: the printed form cannot tell the key "0" from
    /// the index 0.
    private static func write(_ pointer: JSONPointer, to writer: inout ByteWriter) {
        writer.write(pointer.tokens.count)
        for token in pointer.tokens {
            switch token {
            case .key(let key):
                writer.write(true)
                writer.write(key)
            case .index(let index):
                writer.write(false)
                writer.write(index)
            }
        }
    }

    private static func readPointer(from reader: inout ByteReader) throws(ByteReader.Malformed) -> JSONPointer {
        var tokens: [JSONPointer.Token] = []
        for _ in 0..<(try reader.readCount()) {
            tokens.append(try reader.readBool() ? .key(try reader.readString()) : .index(try reader.readInt()))
        }
        return JSONPointer(tokens)
    }
}
