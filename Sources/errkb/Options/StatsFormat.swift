import ArgumentParser
import ErrKB

/// The value `errkb stats --format` takes, one per renderer in `StatsRenderers.all`.
struct StatsFormat: ExpressibleByArgument {
    let id: String

    init?(argument: String) {
        guard StatsRenderers.all.contains(where: { $0.id == argument }) else { return nil }
        id = argument
    }

    var defaultValueDescription: String { id }
    static var allValueStrings: [String] { StatsRenderers.all.map { $0.id } }
    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
