import ArgumentParser
import ErrKB
import Foundation

extension ErrKBCommand {
    struct Fmt: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "fmt",
            abstract: "Rewrite YAML sources in the canonical layout (keys in schema order, one style).")

        @OptionGroup var input: InputOptions

        @Flag(help: "Change nothing; list the files that would change and exit 1 if any would (or has errors).")
        var check = false

        func run() throws {
            let workspace = try input.workspace()
            let request = try input.request(workspace, groups: CheckRequest.validateGroups)
            let run = try RunFailure.guarding { () throws(RunError) in try FormatRun.run(request) }
            // Files with errors, whether or not they gave a record (one that does not parse gives none).
            let broken = Set(run.check.diagnostics.filter { $0.severity == .error }.map(\.file))
            let changes = Dictionary(run.files.map { ($0.file, $0.change) }, uniquingKeysWith: { first, _ in first })
            var changed = 0
            for file in broken.union(changes.keys).sorted() {
                guard !broken.contains(file) else {
                    print("\(file): skipped: fix its errors first (errkb validate)")
                    continue
                }
                switch changes[file] ?? nil {
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
            // A file with errors is not in the layout either: passing it would let `fmt --check`
            // in CI pass a file that does not parse (ruff and prettier fail on such a file too).
            if !broken.isEmpty || (check && changed > 0) { throw ExitCode(1) }
        }
    }
}
