import ArgumentParser
import ErrKB

extension ErrKBCommand {
    struct TranslateCheck: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "translate-check",
            abstract: "Check that each Chinese translation matches its English, and show translation coverage.")

        @OptionGroup var input: InputOptions
        @OptionGroup var output: OutputOptions

        @Option(help: ArgumentHelp("Also report English changed since this git revision whose Chinese was not updated.",
                                   valueName: "rev"))
        var since: String?

        func run() throws {
            let workspace = try input.workspace()
            let request = try input.request(workspace, groups: CheckRequest.translateGroups)
            let (result, coverage) = try RunFailure.guarding { () throws(RunError) in try Engine.translateCheck(request, since: since) }
            try output.finish(result, textEpilogue: coverage.text)
        }
    }
}
