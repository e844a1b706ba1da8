import ArgumentParser
import ErrKB
import Foundation

extension ErrKBCommand {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Turn canonical JSON records into YAML sources under records/<domain>/<slug>.yaml.")

        @Argument(help: "Canonical JSON record files.")
        var files: [String]

        @Flag(help: "Overwrite source files that already exist.")
        var force = false

        @Option(help: "The config file (default: errkb.yml at the repository root).")
        var config: String?

        func validate() throws {
            guard !files.isEmpty else { throw ValidationError("name at least one JSON file to import") }
        }

        func run() throws {
            let directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            let workspace = try RunFailure.guarding { () throws(RunError) in try Workspace(directory: directory, configPath: config) }
            let importer = RecordImporter(schema: workspace.schema, recordsFolder: workspace.recordsURL, force: force)
            // A file that is not there is a mistyped argument (exit 2, as for the other commands),
            // not a record that failed to import.
            try RunFailure.guarding { () throws(RunError) in
                for file in files where !FileManager.default.fileExists(atPath: URL.userPath(file, in: directory).path) {
                    throw .badArgument("no such file: \(file)")
                }
            }
            var failed = false
            for file in files {
                let records = workspace.config.recordsPath
                switch importer.importFile(URL.userPath(file, in: directory)) {
                case .written(let source, let path):
                    print("\(source): imported as \(records)/\(path)")
                case .writtenNotCanonical(let source, let path):
                    print("\(source): imported as \(records)/\(path) (note: the input is not canonical JSON; build will write it canonically)")
                case .skippedExisting(let source, let path):
                    failed = true
                    print("\(source): error: \(records)/\(path) exists; pass --force to overwrite it")
                case .failed(let source, let reason):
                    failed = true
                    print("\(source): error: \(reason)")
                }
            }
            if failed { throw ExitCode(1) }
        }
    }
}
