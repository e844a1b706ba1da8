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
            let result = try RunFailure.guarding { () throws(RunError) in try Engine.check(request) }
            let broken = Set(result.diagnostics.filter { $0.severity == .error }.map(\.file))
            var changed = 0
            for record in result.records where record.format == .yaml {
                guard !broken.contains(record.file) else {
                    print("\(record.file): skipped: fix its errors first (errkb validate)")
                    continue
                }
                switch SourceFormatter.format(record, schema: workspace.schema) {
                case .failure(.commentsInside(let line)):
                    print("\(record.file): skipped: the comment on line \(line) has no place in the canonical layout (inside a flow list?)")
                case .failure(.wouldChangeRecord):
                    print("\(record.file): skipped: formatting would change the record; please report this")
                case .success(let text) where text != record.text?.text:
                    changed += 1
                    if check {
                        print("\(record.file): would reformat")
                    } else {
                        try Data(text.utf8).write(to: workspace.knowledgeBase.root.appendingPathComponent(record.file), options: .atomic)
                        print("\(record.file): reformatted")
                    }
                case .success: break
                }
            }
            if check && changed > 0 { throw ExitCode(1) }
        }
    }
}
