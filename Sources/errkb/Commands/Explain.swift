import ArgumentParser
import ErrKB
import Foundation

extension ErrKBCommand {
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "explain", abstract: "Explain a rule: why it exists, with passing and failing examples.")

        @Argument(help: "The rule id, e.g. date-order.")
        var rule: String

        func validate() throws {
            guard AllRules.description(of: RuleID(rule)) != nil else {
                let ids = AllRules.all.map { $0.description.id.rawValue }
                let close = ids.filter { $0.contains(rule) || rule.contains($0) }.prefix(3)
                throw ValidationError("no rule '\(rule)'" + (close.isEmpty ? "; run 'errkb rules' for the list" : "; did you mean \(close.map { "'\($0)'" }.joined(separator: " or "))?"))
            }
        }

        func run() throws {
            if let description = AllRules.description(of: RuleID(rule)) {
                print(RuleDocumentation.explanation(description), terminator: "")
            }
        }
    }
}
