import ArgumentParser
import Foundation

@main
struct ErrKBCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "errkb",
        abstract: "Check, summarise and build a bilingual knowledge base of software errors.",
        version: "0.1.0",
        // Each subcommand names itself: without a `commandName`, ArgumentParser derives it from
        // `String(describing:)` of the type, whose dynamic casts scan the binary's conformance
        // records, a few percent of a whole `validate` of a thousand records.
        subcommands: [Validate.self, Lint.self, TranslateCheck.self, Stats.self, Build.self, Import.self, Fmt.self, New.self, Match.self, Rules.self, Explain.self])

    /// Usage errors exit 2, as DESIGN.md says, not ArgumentParser's 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
