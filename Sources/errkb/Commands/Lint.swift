import ArgumentParser
import ErrKB

extension ErrKBCommand {
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Everything validate checks, plus the quality, style and translation rules.")

        @OptionGroup var input: InputOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var baseline: BaselineOptions

        func run() throws {
            let workspace = try input.workspace()
            var request = try input.request(workspace, groups: Set(RuleGroup.allCases))
            request.keepsRecords = false
            let result = try RunFailure.guarding { () throws(RunError) in try Engine.check(request) }
            try output.finish(baseline.apply(to: result, in: input.directory))
        }
    }
}
