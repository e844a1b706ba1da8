import ArgumentParser
import ErrKB
import Foundation

extension ErrKBCommand {
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stats",
            abstract: "Count and summarise the records: fields, translations, rates, freshness, links.")

        @OptionGroup var input: InputOptions

        @Option(help: ArgumentHelp("Output format.", discussion: StatsRenderers.all.map { "\($0.id): \($0.summary)" }.joined(separator: "\n")))
        var format = FormatChoice<StatsFormats>(argument: TableStatsRenderer.id)!

        func run() throws {
            let workspace = try input.workspace()
            let request = try input.request(workspace, groups: CheckRequest.validateGroups)
            let (check, statistics) = try RunFailure.guarding { () throws(RunError) in try ErrKB.Stats.compute(request) }
            let renderer = StatsRenderers.make(format.id) ?? TableStatsRenderer()
            FileHandle.standardOutput.write(Data(renderer.render(statistics).utf8))
            // The figures cover what loaded; the problems go to standard error so a script
            // reading standard output still gets clean JSON.
            if !check.diagnostics.isEmpty {
                let useColor = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
                FileHandle.standardError.write(Data(TextReporter(useColor: useColor).render(check).utf8))
            }
            if check.hasErrors { throw ExitCode(1) }
        }
    }
}
