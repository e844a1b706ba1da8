import Foundation

/// GitHub workflow annotations. GitHub shows only about ten annotations of each severity per
/// step, so the most important ones are annotated and the rest summed up in one line that points
/// at SARIF upload for the full list.
public struct GitHubReporter: Reporter {
    public static let id = "github"
    public static let summary = "for GitHub Actions: workflow annotation commands"

    /// Annotations printed per severity before the rest are only counted.
    public let limitPerSeverity: Int

    public init(limitPerSeverity: Int = 10) { self.limitPerSeverity = limitPerSeverity }

    public func render(_ result: CheckResult) -> String {
        var out = ""
        var shown: [Severity: Int] = [:]
        var hidden: [Severity: Int] = [:]
        // Errors first: they are what fails the check.
        let ordered = result.diagnostics.sorted { $0.severity != $1.severity ? $0.severity > $1.severity : $0 < $1 }
        for d in ordered {
            guard shown[d.severity, default: 0] < limitPerSeverity else {
                hidden[d.severity, default: 0] += 1
                continue
            }
            shown[d.severity, default: 0] += 1
            let properties = [
                "file=\(Self.escapeProperty(d.file))", "line=\(d.line)", "col=\(d.column)",
                d.endLine.map { "endLine=\($0)" }, d.endColumn.map { "endColumn=\($0)" },
                "title=\(Self.escapeProperty("errkb \(d.rule)"))",
            ].compactMap { $0 }.joined(separator: ",")
            let text = d.message + (d.hint.map { "\nhelp: \($0)" } ?? "")
            out += "::\(Self.command(for: d.severity)) \(properties)::\(Self.escapeData(text))\n"
        }
        let hiddenCount = hidden.values.reduce(0, +)
        if hiddenCount > 0 {
            let parts = Severity.allCases.reversed().compactMap { s in hidden[s].map { "\($0) \(s.rawValue)\($0 == 1 ? "" : "s")" } }
            out += "errkb: \(parts.joined(separator: ", ")) more not annotated; upload `errkb validate --format sarif` output to code scanning to see every finding\n"
        }
        let s = result.summary
        out += "errkb: \(s.errors) error\(s.errors == 1 ? "" : "s"), \(s.warnings) warning\(s.warnings == 1 ? "" : "s") in \(s.files) file\(s.files == 1 ? "" : "s")\n"
        return out
    }

    private static func command(for severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
    }

    /// Workflow-command data: `%`, CR and LF must be escaped or the command breaks.
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Properties also escape `:` and `,`, which separate them.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
