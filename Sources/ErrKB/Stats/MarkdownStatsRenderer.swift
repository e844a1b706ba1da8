/// GitHub-flavoured markdown to paste into a release note: a heading, the headline, then one
/// table per section with the figures right-aligned.
public struct MarkdownStatsRenderer: StatsRenderer {
    public static let id = "markdown"
    public static let summary = "markdown tables for a release note"

    public init() {}

    public func render(_ statistics: KBStatistics) -> String {
        var out = "## Knowledge base statistics\n\n\(escape(statistics.headline)).\n"
        if let note = statistics.errorNote { out += "\n\(escape(note)).\n" }
        for section in statistics.sections {
            out += "\n**\(escape(capitalized(section.title)))**\n\n"
            guard !section.rows.isEmpty else {
                out += "None.\n"
                continue
            }
            out += "| " + ([section.labelHeader] + section.columns).map(escape).joined(separator: " | ") + " |\n"
            out += "| --- |" + String(repeating: " ---: |", count: section.columns.count) + "\n"
            for row in section.rows {
                out += "| " + ([section.labelsAreNames ? code(row.label) : escape(row.label)] + row.cells.map(escape)).joined(separator: " | ") + " |\n"
            }
        }
        return out
    }

    /// Ids and field values are shown as code, so `_` and `*` in them stay literal.
    private func code(_ label: String) -> String {
        label.contains("`") ? escape(label) : "`\(label.replacingOccurrences(of: "|", with: "\\|"))`"
    }

    private func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\|*_`[]<>".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    private func capitalized(_ title: String) -> String {
        title.prefix(1).uppercased() + title.dropFirst()
    }
}
