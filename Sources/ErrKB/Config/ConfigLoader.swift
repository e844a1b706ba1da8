import Foundation

/// Reads `errkb.yml`. A config that cannot be read or says something errkb does not understand
/// stops the run (exit 2): silently ignoring a setting would make CI pass for the wrong reason.
public enum ConfigLoader {
    /// Keys `errkb.yml` may hold.
    static let knownKeys = ["records", "today", "stale_days", "rules"]

    public static func load(_ url: URL) throws(RunError) -> Configuration {
        let file = url.lastPathComponent
        let source = SourceLoader().load(url: url, file: file, format: .yaml)
        if let problem = source.diagnostics.first {
            throw .unreadableConfig(path: file, reason: "\(problem.line):\(problem.column): \(problem.message)")
        }
        var config = Configuration()
        guard let entries = source.root?.entries else { return config }
        for entry in entries {
            let where_ = "\(file):\(entry.keySpan.start.line):\(entry.keySpan.start.column)"
            switch entry.key {
            case "records":
                guard let text = entry.value.scalarValue, !text.isEmpty else { throw bad(where_, "'records' must be a folder name") }
                config.recordsPath = text
            case "today":
                guard let date = entry.value.scalarValue.flatMap(CalendarDate.init) else { throw bad(where_, "'today' must be a date YYYY-MM-DD") }
                config.today = date
            case "stale_days":
                guard let days = entry.value.scalarValue.flatMap({ Int($0) }), days > 0 else { throw bad(where_, "'stale_days' must be a positive whole number") }
                config.staleDays = days
            case "rules":
                for rule in entry.value.entries ?? [] {
                    let value = rule.value.scalarValue ?? ""
                    if value == "off" {
                        config.severities[RuleID(rule.key)] = .some(nil)
                    } else if let severity = Severity(rawValue: value) {
                        config.severities[RuleID(rule.key)] = severity
                    } else {
                        throw bad(where_, "rule '\(rule.key)' takes error, warning, note or off, not '\(value)'")
                    }
                }
            default:
                let suggestion = knownKeys.min { editDistance($0, entry.key) < editDistance($1, entry.key) } ?? ""
                throw bad(where_, "unknown key '\(entry.key)'; did you mean '\(suggestion)'?")
            }
        }
        return config
    }

    private static func bad(_ location: String, _ reason: String) -> RunError {
        .unreadableConfig(path: location, reason: reason)
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where i <= a.count {
            var previous = row[0]
            row[0] = i
            for j in 1...max(b.count, 1) where j <= b.count {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}
