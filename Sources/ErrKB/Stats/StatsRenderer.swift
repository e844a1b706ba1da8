/// Renders the statistics for one `errkb stats --format`. Pure, like the reporters: no clock,
/// no environment, no files.
public protocol StatsRenderer: Sendable {
    /// The `--format` value.
    static var id: String { get }
    /// One line for `--help`.
    static var summary: String { get }
    init()
    /// The whole output, ending in a newline.
    func render(_ statistics: KBStatistics) -> String
}
