import Foundation

/// The text of `errkb rules` and `errkb explain`, built from rule descriptions only.
public enum RuleDocumentation {
    /// One line per rule: id, severity, group, commands, summary — fitted to a terminal.
    public static func table(_ rules: [RuleDescription]) -> String {
        let idWidth = rules.map(\.id.rawValue.count).max() ?? 2
        var out = "\("RULE".padded(to: idWidth))  SEVERITY  GROUP        SUMMARY\n"
        for rule in rules.sorted(by: { $0.id < $1.id }) {
            out += "\(rule.id.rawValue.padded(to: idWidth))  \(rule.defaultSeverity.rawValue.padded(to: 8))  "
            out += "\(rule.group.rawValue.padded(to: 11))  \(rule.summary)\n"
        }
        out += "\nwhich commands run a group:\n"
        for group in RuleGroup.allCases {
            out += "  \(group.rawValue.padded(to: 11)) \(group.commands.joined(separator: ", "))\n"
        }
        return out
    }

    /// Id, severity, group and commands, summary, rationale, then the passing and failing examples.
    public static func explanation(_ rule: RuleDescription) -> String {
        var out = "\(rule.id): \(rule.summary)\n"
        out += "severity: \(rule.defaultSeverity.rawValue) · group: \(rule.group.rawValue) · run by: \(rule.group.commands.joined(separator: ", "))\n\n"
        out += rule.rationale.trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
        for (title, kind) in [("Passes", RuleExample.Kind.passes), ("Fails (↓ marks where errkb points)", .fails)] {
            let examples = rule.examples.filter { $0.kind == kind }
            guard !examples.isEmpty else { continue }
            out += (out.hasSuffix("\n\n") ? "" : "\n") + "\(title):\n"
            for example in examples {
                for (name, fragment) in example.files {
                    if example.files.count > 1 { out += "  # records/\(name)\n" }
                    out += fragment.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n") + "\n"
                }
                if let config = example.config { out += "  # with errkb.yml:\n" + config.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n") + "\n" }
                out += "\n"
            }
        }
        return out
    }
}

extension String {
    fileprivate func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
