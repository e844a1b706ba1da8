/// Every `errkb stats --format`: the option's values and help are derived from this list.
public enum StatsRenderers {
    public static let all: [any StatsRenderer.Type] = [TableStatsRenderer.self, JSONStatsRenderer.self, MarkdownStatsRenderer.self]

    /// The renderer for a `--format` value.
    public static func make(_ id: String) -> (any StatsRenderer)? {
        all.first { $0.id == id }?.init()
    }
}
