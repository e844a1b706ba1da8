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

    var directory: URL { URL(fileURLWithPath: FileManager.default.currentDirectoryPath) }

    /// The workspace these options describe; a bad config or date ends the run with status 2.
    func workspace() throws -> Workspace {
        try RunFailure.guarding { () throws(RunError) in try Workspace(directory: directory, configPath: config, today: today) }
    }
}
