import ArgumentParser
import ErrKB
import Foundation

extension ErrKBCommand {
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rules", abstract: "List every rule with its severity, group and summary.")

        func run() throws {
            print(RuleDocumentation.table(AllRules.all.map { $0.description }), terminator: "")
        }
    }
}
