import ArgumentParser
import ErrKB
import Foundation

extension ErrKBCommand {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "build",
            abstract: "Compile the KB into a release bundle; refuses, writing nothing, on any error.")

        @Option(help: "The bundle folder, replaced atomically.")
        var out = "dist"

        @OptionGroup var input: InputOptions
        @OptionGroup var output: OutputOptions

        /// A bundle is what its consumers look errors up in: built from the files changed since a
        /// revision, it would hold only those, and replace the whole bundle.
        func validate() throws {
            guard input.changed == nil else {
                throw ValidationError("--changed does not apply to build: a bundle holds the whole KB (validate --changed checks a pull request)")
            }
        }

        func run() throws {
            let workspace = try input.workspace()
            let request = try input.request(workspace, groups: CheckRequest.validateGroups)
            let target = URL.userPath(out, in: input.directory)
            let outcome = try RunFailure.guarding { () throws(RunError) in try ReleaseBundle.build(request, output: target) }
            if outcome.writtenFiles.isEmpty {
                FileHandle.standardError.write(Data("errkb: build refused: fix the errors below; \(out) is unchanged\n".utf8))
            } else {
                let records = outcome.check.recordCount
                FileHandle.standardError.write(Data("errkb: wrote \(records) record\(records == 1 ? "" : "s") to \(out)/ (\(outcome.writtenFiles.count) files)\n".utf8))
            }
            try output.finish(outcome.check)
        }
    }
}
