/// Plain-text tables for a terminal: every line fits in `width` display columns (Chinese
/// characters take two), labels too long for their column are cut with `…`.
public struct TableStatsRenderer: StatsRenderer {
    public static let id = "table"
    public static let summary = "text tables for a terminal, at most 80 columns (default)"

    /// The terminal width every line fits in.
    public static let width = 80

    public init() {}

    public func render(_ statistics: KBStatistics) -> String {
        var out = fit("errkb stats: " + statistics.headline, Self.width) + "\n"
        if let note = statistics.errorNote { out += fit(note, Self.width) + "\n" }
        for section in statistics.sections {
            out += "\n" + render(section)
        }
        return out
    }

    private func render(_ section: StatsSection) -> String {
        let columnWidths = section.columns.indices.map { index in
            section.rows.map { cellWidth($0.cells[index]) }.reduce(cellWidth(section.columns[index]), max)
        }
        let figures = columnWidths.reduce(0) { $0 + $1 + 2 }
        let widest = section.rows.map { cellWidth($0.label) + 2 }.reduce(cellWidth(section.title), max)
        // The label column takes what the figures leave, up to its widest label, and at least
        // 28 cells so the tables of one report line up.
        let labelWidth = max(min(max(widest, 28), Self.width - figures), 1)
        var out = line(fit(section.title, labelWidth), section.columns, columnWidths, labelWidth)
        for row in section.rows {
            out += line("  " + fit(row.label, labelWidth - 2), row.cells, columnWidths, labelWidth)
        }
        if section.rows.isEmpty { out += "  (none)\n" }
        return out
    }

    private func line(_ label: String, _ cells: [String], _ widths: [Int], _ labelWidth: Int) -> String {
        var text = label + String(repeating: " ", count: max(labelWidth - cellWidth(label), 0))
        for (cell, width) in zip(cells, widths) {
            text += "  " + String(repeating: " ", count: max(width - cellWidth(cell), 0)) + cell
        }
        return String(text.reversed().drop { $0 == " " }.reversed()) + "\n"
    }

    /// `text` cut to `width` display columns, ending in `…` when cut.
    private func fit(_ text: String, _ width: Int) -> String {
        guard cellWidth(text) > width else { return text }
        var kept = "", used = 0
        for character in text {
            let cells = cellWidth(String(character))
            guard used + cells + 1 <= width else { break }
            kept.append(character)
            used += cells
        }
        return kept + "…"
    }

    private func cellWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + $1.displayWidth }
    }
}
