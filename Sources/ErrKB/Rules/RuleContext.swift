/// What a rule may know beyond the record: the date, the configuration.
public struct RuleContext: Sendable {
    /// "Today", pinned by `--today` or the config for reproducible runs.
    public let today: CalendarDate
    public let config: Configuration
    /// The record schema: key order, defaults and shapes for rules that need them (each worker
    /// thread's own copy, `RecordPipeline.Worker`).
    public internal(set) var schema: RecordSchema
    /// Compiled regexes and KB-wide cross-matches, shared by the regex rules of one run.
    public let regexes: RegexCache
    /// The files whose findings are reported when only some of the KB was named (cross-record
    /// rules still see it all and may skip work on the rest); nil when every file is.
    public var reportedFiles: Set<String>?
    /// The KB's record files that gave no record (they do not parse, or cannot be read), for the
    /// cross-record rules: a link to the id such a file's path implies is not reported as
    /// dangling, since the file's own error already says what is wrong.
    public var unreadFiles: [String] = []

    /// Whether findings on `file` are reported: a cross-record rule need not look for findings
    /// on the others (which the engine drops).
    func reports(_ file: String) -> Bool {
        guard let reportedFiles else { return true }
        // Asked once per record of the KB: a run names a few files, and comparing with each
        // (lengths first) costs less than hashing the name.
        if reportedFiles.count <= 8 { return reportedFiles.contains { $0 == file } }
        return reportedFiles.contains(file)
    }

    /// The ids a cross-record rule must look up when only some files are reported: what
    /// `needed` gives for each reported record. Nil when every file is reported (every id is
    /// needed). Indexing only these spares `lint FILE` a table of every id of the KB.
    func idsNeeded(by records: [RecordDigest], _ needed: (RecordDigest) -> [String]) -> Set<String>? {
        guard reportedFiles != nil else { return nil }
        return Set(records.filter { reports($0.file) }.flatMap(needed))
    }
    /// The days on which the findings of the file being checked hold, for the check cache; nil
    /// when nobody asks.
    public var todayWindow: TodayWindow?
    /// Work the rules of the file being checked share (`RecordMemo`); nil when nobody set one,
    /// and each rule then does that work itself.
    public var recordMemo: RecordMemo?

    public init(today: CalendarDate, config: Configuration, schema: RecordSchema, regexes: RegexCache = RegexCache()) {
        self.today = today
        self.config = config
        self.schema = schema
        self.regexes = regexes
    }
}
