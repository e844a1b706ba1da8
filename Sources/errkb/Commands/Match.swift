import ArgumentParser
import ErrKB
import Foundation

extension ErrKBCommand {
    struct Match: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "match",
            abstract: "Show which records' regexes match an error text, best first (exit 1 when none does).")

        @Argument(help: "The error text; read from standard input when left out.")
        var text: String?

        @Option(help: "Output format: text or json.")
        var format: MatchFormat = .text

        @OptionGroup var settings: WorkspaceOptions

        enum MatchFormat: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        func run() throws {
            var input = text ?? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            // A pasted or piped message ends with a newline that is not part of the error.
            if text == nil, input.hasSuffix("\n") { input.removeLast() }
            let workspace = try settings.workspace()
            let entries = try settings.lookupEntries(in: workspace)
            let flags = workspace.config.regexFlags
            let report = LookupReport(text: input, hits: settings.find(input, in: entries, flags: flags), flags: flags)
            print(format == .json ? report.json : report.plainText, terminator: "")
            if report.hits.isEmpty { throw ExitCode(1) }
        }
    }
}
