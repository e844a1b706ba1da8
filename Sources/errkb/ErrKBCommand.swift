import ArgumentParser
import ErrKB

@main
struct ErrKBCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "errkb",
        abstract: "Check, summarise and build a bilingual knowledge base of software errors.",
        version: "0.1.0",
        subcommands: []
    )
}
