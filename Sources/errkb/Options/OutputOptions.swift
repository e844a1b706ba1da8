import ArgumentParser
import ErrKB
import Foundation

/// When to colour text output.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

/// How to print findings and which findings fail the run; shared by the checking commands.
struct OutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Output format.", discussion: Reporters.all.map { "\($0.id): \($0.summary)" }.joined(separator: "\n")))
    var format = FormatChoice<ReportFormats>(argument: TextReporter.id)!

    @Option(help: "Colour text output: auto (on a terminal without NO_COLOR), always or never.")
    var color: ColorChoice = .auto

    @Flag(help: "Fail (exit 1) on warnings as well as errors.")
    var strict = false

    @Option(help: "Fail (exit 1) when there are more than this many warnings.")
    var maxWarnings: Int?

    /// The reporter for the chosen format.
    func reporter() -> any Reporter {
        Reporters.make(format.id, useColor: useColor) ?? TextReporter(useColor: useColor)
    }

    private var useColor: Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto: return isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        }
    }

    /// Prints the result (then `textEpilogue`, in text format only) and ends the run with the
    /// exit status DESIGN.md gives it.
    func finish(_ result: CheckResult, textEpilogue: String? = nil) throws {
        var text = reporter().render(result)
        if format.id == TextReporter.id, let textEpilogue { text += textEpilogue }
        FileHandle.standardOutput.write(Data(text.utf8))
        let warnings = result.summary.warnings
        if result.hasErrors || (strict && warnings > 0) || (maxWarnings.map { warnings > $0 } ?? false) {
            throw ExitCode(1)
        }
    }
}
