import Foundation

/// Reads `errkb.yml`. A config that cannot be read or says something errkb does not understand
/// stops the run (exit 2): silently ignoring a setting would make CI pass for the wrong reason.
public enum ConfigLoader {
    /// Keys `errkb.yml` may hold.
    static let knownKeys = ["records", "today", "stale_days", "regex", "rules"]

    public static func load(_ url: URL) throws(RunError) -> Configuration {
        let file = url.lastPathComponent
        let source = SourceLoader().load(url: url, file: file, format: .yaml)
        if let problem = source.diagnostics.first {
            throw bad("\(file):\(problem.line):\(problem.column)", problem.message)
        }
        var config = Configuration()
        guard let root = source.root, let entries = root.entries else { return config }
        try checkAgainstSchema(root, file: file, schemaURL: url.deletingLastPathComponent().appendingPathComponent("schema/errkb-config.schema.json"))
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
            case "regex":
                // The schema has already checked the names.
                if case .sequence(let flags)? = entry.value["flags"]?.content {
                    for flag in flags {
                        config.regexFlags.formUnion(RegexFlags.consumerFlagNames.first { $0.name == flag.scalarValue }?.flag ?? [])
                    }
                }
            case "rules":
                for rule in entry.value.entries ?? [] {
                    let ruleWhere = "\(file):\(rule.keySpan.start.line):\(rule.keySpan.start.column)"
                    let value = rule.value.scalarValue ?? ""
                    let severity: Severity?
                    if value == "off" {
                        severity = nil
                    } else if let named = Severity(rawValue: value) {
                        severity = named
                    } else {
                        throw bad(ruleWhere, "rule '\(rule.key)' takes error, warning, note or off, not '\(value)'")
                    }
                    try checkRule(rule.key, severity: severity, at: ruleWhere)
                    config.severities[RuleID(rule.key)] = .some(severity)
                }
            default:
                let suggestion = EditDistance.closest(to: entry.key, among: knownKeys).map { "; did you mean '\($0)'?" } ?? ""
                throw bad(where_, "unknown key '\(entry.key)'\(suggestion)")
            }
        }
        return config
    }

    /// A setting for a rule that does not exist would do nothing, silently: a misspelt id is
    /// refused, as an unknown key is. The syntax rules stay errors: each says that a file could
    /// not be read as a record, and turned down, such a file would pass (and `build` would leave
    /// its record out of the bundle without a word).
    private static func checkRule(_ id: String, severity: Severity?, at location: String) throws(RunError) {
        guard let rule = AllRules.description(of: RuleID(id)) else {
            let known = AllRules.all.map { $0.description.id.rawValue }
            let suggestion = EditDistance.closest(to: id, among: known).map { "; did you mean '\($0)'?" } ?? ""
            throw bad(location, "no rule is named '\(id)'\(suggestion) (errkb rules lists them)")
        }
        if rule.group == .syntax, severity != .error {
            throw bad(location, "rule '\(id)' stays an error: it says a file could not be read as a record, "
                + "which would otherwise pass unchecked; remove the setting and fix the file")
        }
    }

    /// Checks the config against `schema/errkb-config.schema.json` when the KB has it, so every
    /// key and value is explained by one document.
    private static func checkAgainstSchema(_ root: Node, file: String, schemaURL: URL) throws(RunError) {
        guard let text = try? String(contentsOf: schemaURL, encoding: .utf8) else { return }
        let schema: JSONSchema
        let shape: SchemaShape
        do {
            let document = try JSONValue.parse(jsonText: text)
            schema = try JSONSchema(document, options: JSONSchema.Options(assertsFormat: true))
            shape = SchemaShape.compile(document)
        } catch {
            throw .unreadableSchema(path: schemaURL.path, reason: "\(error)")
        }
        let value = SchemaTyper(root: shape, dialect: .yaml).value(of: root)
        let record = TypedRecord(file: file, format: .yaml, root: root, value: value, text: nil)
        guard let violation = schema.validate(value).first else { return }
        let at = record.span(at: violation.instancePath, onKey: violation.keyword == "additionalProperties").start
        throw bad("\(file):\(at.line):\(at.column)", violation.message + (violation.hint.map { "; \($0)" } ?? ""))
    }

    private static func bad(_ location: String, _ reason: String) -> RunError {
        .unreadableConfig(path: location, reason: reason)
    }
}
