import ArgumentParser
import ErrKB
import Foundation

extension ErrKBCommand {
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: "Start a record: write records/<domain>/<slug>.yaml with every required field to fill in.")

        @Argument(help: ArgumentHelp("The new record's id.", valueName: "domain/slug"))
        var id: String

        @Option(help: "The error text as a user sees it (one line); also lists records that already match it.")
        var signature: String?

        @OptionGroup var settings: WorkspaceOptions

        func run() throws {
            let workspace = try settings.workspace()
            let scaffold = try RunFailure.guarding { () throws(RunError) in
                try RecordScaffold(id: id, signature: signature, today: workspace.today, schema: workspace.schema)
            }
            let entries = try settings.lookupEntries(in: workspace)
            switch scaffold.write(in: workspace, existing: entries) {
            case .written(let written):
                // Said from where the user stands, so the next commands work as printed.
                let path = workspace.knowledgeBase.root.appendingPathComponent(written).path(relativeTo: settings.directory)
                print("wrote \(path)")
                if let signature {
                    let hits = settings.find(signature, in: entries, flags: workspace.config.regexFlags)
                    if !hits.isEmpty {
                        print("records whose regex already matches the signature (is this error already in the KB?):")
                        for hit in hits { print("  \(hit.id)  (\(hit.file))") }
                    }
                }
                print("next: fill in every '' value (errkb validate names each), then run")
                print("  errkb lint \(path)")
                print("  errkb build")
            case .idTaken(let file):
                FileHandle.standardError.write(Data("errkb: error: \(id) already exists in \(file)\n".utf8))
                throw ExitCode(1)
            case .fileExists(let path):
                FileHandle.standardError.write(Data("errkb: error: \(path) exists; errkb new never overwrites a file\n".utf8))
                throw ExitCode(1)
            case .failed(let path, let reason):
                FileHandle.standardError.write(Data("errkb: error: cannot write \(path): \(reason)\n".utf8))
                throw ExitCode(2)
            }
        }
    }
}
