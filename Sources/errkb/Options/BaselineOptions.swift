import ArgumentParser
import ErrKB
import Foundation

/// `--baseline` and `--write-baseline`, shared by the checking commands.
struct BaselineOptions: ParsableArguments {
    @Option(help: "Hide the findings recorded in this baseline file.")
    var baseline: String?

    @Option(help: "Record today's findings in this baseline file (they pass from then on).")
    var writeBaseline: String?

    /// Writes or applies the baseline, as asked.
    func apply(to result: CheckResult, in directory: URL) throws -> CheckResult {
        try RunFailure.guarding { () throws(RunError) in
            if let writeBaseline {
                let recorded = Baseline(result.diagnostics)
                try recorded.write(to: URL.userPath(writeBaseline, in: directory))
                return recorded.filtering(result)
            }
            guard let baseline else { return result }
            return try Baseline(contentsOf: URL.userPath(baseline, in: directory)).filtering(result)
        }
    }
}
