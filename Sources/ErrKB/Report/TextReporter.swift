/// `file:line:col: severity[rule]: message`, then the source line, a caret under the column and
/// `help:` — the way compilers print, coloured only when the caller says so.
public struct TextReporter: Reporter {
    public static let id = "text"
    public static let summary = "for people: message, source line, caret and hint (default)"

    public let useColor: Bool

    public init(useColor: Bool = false) { self.useColor = useColor }

    public func render(_ result: CheckResult) -> String {
        var out = ""
        for diagnostic in result.diagnostics {
            render(diagnostic, source: result.sources[diagnostic.file], into: &out)
        }
        out += summaryLine(result.summary) + "\n"
        return out
    }

    private func render(_ d: Diagnostic, source: SourceText?, into out: inout String) {
        let label = paint("\(d.severity.rawValue)[\(d.rule)]", color(for: d.severity))
        out += "\(d.file):\(d.line):\(d.column): \(label): \(d.message)\n"
        if let line = source?.line(d.line) {
            let gutter = String(d.line)
            let blank = String(repeating: " ", count: gutter.count)
            var width = 1
            if d.endLine == d.line, let end = d.endColumn, end > d.column {
                width = max(line.displayWidth(fromColumn: d.column, toColumn: end), 1)
            }
            out += " \(gutter) | \(line)\n"
            out += " \(blank) | \(line.caretPadding(toColumn: d.column))\(paint(String(repeating: "^", count: width), color(for: d.severity)))\n"
        }
        if let hint = d.hint { out += "  = \(paint("help", "1")): \(hint)\n" }
        for note in d.related {
            out += "  = note: \(note.message) at \(note.file):\(note.location.line):\(note.location.column)\n"
        }
    }

    private func summaryLine(_ s: CheckResult.Summary) -> String {
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        let findings = [count(s.errors, "error"), count(s.warnings, "warning")] + (s.notes > 0 ? [count(s.notes, "note")] : [])
        return "\(findings.joined(separator: ", ")) in \(count(s.files, "file")) (\(count(s.records, "record")) checked)"
    }

    private func color(for severity: Severity) -> String {
        switch severity {
        case .error: "1;31"
        case .warning: "1;33"
        case .note: "1;36"
        }
    }

    private func paint(_ text: String, _ code: String) -> String {
        useColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
