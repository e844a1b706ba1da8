import ArgumentParser
import ErrKB

/// A list of output formats a `--format` option chooses from.
protocol FormatCatalog {
    /// The format ids, in the order help lists them.
    static var ids: [String] { get }
}

/// The findings reporters of the checking commands.
enum ReportFormats: FormatCatalog {
    static var ids: [String] { Reporters.all.map { $0.id } }
}

/// The renderings of `errkb stats`.
enum StatsFormats: FormatCatalog {
    static var ids: [String] { StatsRenderers.all.map { $0.id } }
}

/// The value a `--format` option takes: one id of `Catalog`, so the option's values and
/// completion come from the list of formats and nowhere else.
struct FormatChoice<Catalog: FormatCatalog>: ExpressibleByArgument {
    let id: String

    init?(argument: String) {
        guard Catalog.ids.contains(argument) else { return nil }
        id = argument
    }

    var defaultValueDescription: String { id }
    static var allValueStrings: [String] { Catalog.ids }
    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
