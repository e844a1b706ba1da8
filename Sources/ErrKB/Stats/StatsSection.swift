/// One titled table of the stats report — a label column and a few figure columns, already
/// formatted — shared by the text-table and markdown renderings so they always say the same.
public struct StatsSection: Sendable, Hashable {
    /// One line of the table.
    public struct Row: Sendable, Hashable {
        public let label: String
        public let cells: [String]
    }

    public let title: String
    /// The heading of the label column (markdown shows it; the text table shows the title there).
    public let labelHeader: String
    public let columns: [String]
    /// May be empty: renderers then say `(none)`.
    public let rows: [Row]
    /// Whether the labels are ids, field names or values (markdown shows them as code) rather
    /// than words.
    public var labelsAreNames = true
}
