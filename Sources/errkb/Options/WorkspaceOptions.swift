import ArgumentParser
import ErrKB
import Foundation

/// Which KB and under which settings: `--config` and `--today`; shared by every command that
/// reads the KB.
struct WorkspaceOptions: ParsableArguments {
    @Option(help: "The config file (default: errkb.yml at the repository root).")
    var config: String?

    @Option(help: "Pin today's date (YYYY-MM-DD), for reproducible date checks and new records' dates.")
    var today: String?

    var directory: URL { URL(fileURLWithPath: FileManager.default.currentDirectoryPath) }

    /// The workspace these options describe; a bad config or date ends the run with status 2.
    func workspace() throws -> Workspace {
        try RunFailure.guarding { () throws(RunError) in try Workspace(directory: directory, configPath: config, today: today) }
    }

    /// What a lookup needs of every record of the KB, each read and typed with no rule run and not
    /// kept: for commands that look records up.
    func lookupEntries(in workspace: Workspace) throws -> [LookupEntry] {
        try RunFailure.guarding { () throws(RunError) in
            try LookupEntry.all(workspace.request(paths: [], directory: directory, groups: []))
        }
    }
}
