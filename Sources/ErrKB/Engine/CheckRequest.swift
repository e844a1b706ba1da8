import Foundation

/// What a check run is asked to do: which files, which rule groups, under which settings.
public struct CheckRequest: Sendable {
    public var paths: [URL]
    public var knowledgeBase: KnowledgeBase
    /// The record schema, read once per run.
    public var schema: RecordSchema
    public var config: Configuration
    public var today: CalendarDate
    /// The groups whose rules run: `validate` runs syntax, schema and correctness.
    public var groups: Set<RuleGroup>
    public var limits: LoadLimits
    /// Whether the result keeps every record's tree and value, for a library caller that wants
    /// them. The commands keep none: `validate` and `lint` only report, and the others take what
    /// they need of each record as it is checked (`Engine.check(_:keeping:)`).
    public var keepsRecords = true
    /// Called with each record of the named files once it is checked, on the checking thread:
    /// `build` writes the record's bundle file there instead of keeping the record.
    public var recordSink: (@Sendable (TypedRecord) -> Void)?
    /// Where the check cache lives (`.errkb-cache` at the KB root); nil to run without it.
    public var cacheFolder: URL?
    /// Whether the process ends soon after the run, so that its working data is left to the
    /// exit rather than freed (`LeftToExit`): the command-line tool, which runs one check. A
    /// program that checks again and again leaves it false.
    public var leavesMemoryToExit = false

    public init(paths: [URL], knowledgeBase: KnowledgeBase, schema: RecordSchema, config: Configuration, today: CalendarDate,
                groups: Set<RuleGroup>, limits: LoadLimits = .standard) {
        self.paths = paths
        self.knowledgeBase = knowledgeBase
        self.schema = schema
        self.config = config
        self.today = today
        self.groups = groups
        self.limits = limits
    }

    /// The groups `validate` (and `build`) run.
    public static let validateGroups: Set<RuleGroup> = [.syntax, .schema, .correctness]

    /// The groups `translate-check` runs: syntax too, so a file that does not parse is still reported.
    public static let translateGroups: Set<RuleGroup> = [.syntax, .translation]
}

extension CheckRequest {
    /// Everything besides a file's bytes that its findings depend on: which rules run, the
    /// config they read and the load limits. The check cache keeps findings only under the same
    /// settings. Today's date is not one: each file's findings say on which days they hold
    /// (`TodayWindow`).
    var cacheSettings: String {
        // Each value with its length before it: no value can pass for two, whatever it holds.
        var fields = ["groups"] + groups.map(\.rawValue).sorted()
        fields += ["severities"] + config.severities.sorted { $0.key < $1.key }.flatMap { [$0.key.rawValue, $0.value?.rawValue ?? "off"] }
        fields += ["records", config.recordsPath, "stale-days", "\(config.staleDays)", "regex-flags", "\(config.regexFlags.rawValue)"]
        fields += ["limits"] + [limits.maxFileBytes, limits.maxDepth, limits.maxScalarBytes, limits.maxDiagnosticsPerFile].map(String.init)
        return fields.map { "\($0.utf8.count):\($0)" }.joined(separator: " ")
    }
}
