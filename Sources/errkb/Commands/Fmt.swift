import ArgumentParser
import ErrKB
import Foundation

extension ErrKBCommand {
    struct Fmt: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "fmt",
            abstract: "Rewrite YAML sources in the canonical layout (keys in schema order, one style).")

        @OptionGroup var input: InputOptions

        @Flag(help: "Change nothing; list the files that would change and exit 1 if any would.")
        var check = false

        func run() throws {
            let workspace = try input.workspace()
            let request = try input.request(workspace, groups: CheckRequest.validateGroups)
            let run = try RunFailure.guarding { () throws(RunError) in try FormatRun.run(request) }
            let broken = Set(run.check.diagnostics.filter { $0.severity == .error }.map(\.file))
            var changed = 0
            for source in run.files {
                let file = source.file
                guard !broken.contains(file) else {
                    print("\(file): skipped: fix its errors first (errkb validate)")
                    continue
                }
                switch source.change {
                case .refused(.commentsInside(let line))?:
                    print("\(file): skipped: the comment on line \(line) has no place in the canonical layout (inside a flow list?)")
                case .refused(.wouldChangeRecord)?:
                    print("\(file): skipped: formatting would change the record; please report this")
                case .reformat(let text)?:
                    changed += 1
                    if check {
                        print("\(file): would reformat")
                    } else {
                        try Data(text.utf8).write(to: workspace.knowledgeBase.root.appendingPathComponent(file), options: .atomic)
                        print("\(file): reformatted")
                    }
                case nil: break
                }
            }
            if check && changed > 0 { throw ExitCode(1) }
        }
    }
}
