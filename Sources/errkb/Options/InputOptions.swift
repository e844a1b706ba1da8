import ArgumentParser
import ErrKB
import Foundation

/// Which records to read and under which settings; shared by every command that reads records.
struct InputOptions: ParsableArguments {
    @Argument(help: "Record files or folders (default: the KB's records folder).")
    var paths: [String] = []

    @OptionGroup var settings: WorkspaceOptions

    @Option(help: "Only the record files added or changed since this git revision (rules that compare records still see the whole KB).")
    var changed: String?

    @Flag(help: "Neither read nor write the check cache in .errkb-cache: check every file, and read every other file for the cross-record rules.")
    var noCache = false

    var directory: URL { settings.directory }

    func workspace() throws -> Workspace { try settings.workspace() }

    /// The check request for these options: the named paths, or the files changed since `--changed`.
    func request(_ workspace: Workspace, groups: Set<RuleGroup>) throws -> CheckRequest {
        var request = workspace.request(paths: paths, directory: directory, groups: groups)
        // errkb runs one check and exits.
        request.leavesMemoryToExit = true
        if noCache { request.cacheFolder = nil }
        if let changed {
            request.paths = try RunFailure.guarding { () throws(RunError) in try workspace.changedFiles(since: changed) }
        }
        return request
    }
}
