/// `errkb stats`: the library entry point.
public enum Stats {
    /// Loads and checks the requested records as `validate` does, then aggregates the ones that
    /// loaded. Files with errors still count when they could be typed; the diagnostics come back
    /// with the figures so the caller can print them and fail the run.
    public static func compute(_ request: CheckRequest) throws(RunError) -> (check: CheckResult, statistics: KBStatistics) {
        let (check, records) = try Engine.check(request, keeping: RecordFacts.init)
        let statistics = KBStatistics(records, result: check, schema: request.schema, today: request.today, staleDays: request.config.staleDays)
        return (check, statistics)
    }
}
