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
    /// kept: for commands that look records up. A file that gives no record is told of on
    /// standard error (as is a regex that does not compile, by `find`): else "no record
    /// matches" would hide them.
    func lookupEntries(in workspace: Workspace) throws -> [LookupEntry] {
        let (entries, unread) = try RunFailure.guarding { () throws(RunError) in
            try LookupEntry.all(workspace.request(paths: [], directory: directory, groups: []))
        }
        if unread > 0 {
            warnUnsearched(unread == 1 ? "1 file of the KB gives no record to search" : "\(unread) files of the KB give no record to search")
        }
        return entries
    }

    /// Hits for `text` among `entries`, telling on standard error of the regexes that could not be tried.
    func find(_ text: String, in entries: [LookupEntry], flags: RegexFlags) -> [LookupHit] {
        let (hits, uncompiled) = RecordLookup.find(text, in: entries, flags: flags)
        if uncompiled > 0 {
            warnUnsearched(uncompiled == 1 ? "1 record's regex does not compile and was not tried"
                           : "\(uncompiled) records' regexes do not compile and were not tried")
        }
        return hits
    }

    private func warnUnsearched(_ text: String) {
        FileHandle.standardError.write(Data("errkb: warning: \(text) (errkb validate says which and why)\n".utf8))
    }
}
