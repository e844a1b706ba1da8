import ArgumentParser
import ErrKB

extension ErrKBCommand {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Check records against the schema and the correctness rules (the CI gate).")

        @OptionGroup var input: InputOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var baseline: BaselineOptions

        func run() throws {
            let workspace = try input.workspace()
            var request = try input.request(workspace, groups: CheckRequest.validateGroups)
            request.keepsRecords = false
            let result = try RunFailure.guarding { () throws(RunError) in try Engine.check(request) }
            try output.finish(baseline.apply(to: result, in: input.directory))
        }
    }
}
