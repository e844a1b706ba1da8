import ArgumentParser
import ErrKB
import Foundation

/// Which records to read and under which settings; shared by every command that reads records.
struct InputOptions: ParsableArguments {
    @Argument(help: "Record files or folders (default: the KB's records folder).")
    var paths: [String] = []

    @Option(help: "The config file (default: errkb.yml at the repository root).")
    var config: String?

    @Option(help: "Pin today's date (YYYY-MM-DD) for reproducible date checks.")
    var today: String?

    @Option(help: "Report only on record files changed since this git revision (cross-record rules still see the whole KB).")
    var changed: String?

    var directory: URL { URL(fileURLWithPath: FileManager.default.currentDirectoryPath) }

    /// The workspace these options describe; a bad config or date ends the run with status 2.
    func workspace() throws -> Workspace {
        try RunFailure.guarding { () throws(RunError) in try Workspace(directory: directory, configPath: config, today: today) }
    }

    /// The check request for these options: the named paths, or the files changed since `--changed`.
    func request(_ workspace: Workspace, groups: Set<RuleGroup>) throws -> CheckRequest {
        var request = workspace.request(paths: paths, directory: directory, groups: groups)
        if let changed {
            request.paths = try RunFailure.guarding { () throws(RunError) in try workspace.changedFiles(since: changed) }
        }
        return request
    }
}
