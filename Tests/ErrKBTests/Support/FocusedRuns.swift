import Foundation
import Testing
@testable import ErrKB

/// `errkb lint FILE` works out the cross-record rules only for the named file; what it reports
/// on that file must be exactly what a whole-KB run reports on it.
enum FocusedRuns {
    /// Checks each file of a KB made of `files` alone, and compares its findings of the rules
    /// `compared` picks with the whole KB's findings on it; how many findings compared.
    static func compareWithAWholeRun(_ files: [String: String], rules compared: (RuleID) -> Bool) throws -> Int {
        let kb = try ScratchKB(files: files)
        defer { kb.remove() }
        func findings(_ diagnostics: [Diagnostic], in file: String) -> [String] {
            diagnostics.filter { $0.file == file && compared($0.rule) }
                .map { "\($0.rule) \($0.path) \($0.message) \($0.hint ?? "") \($0.related.map(\.file))" }.sorted()
        }
        let whole = try kb.check(cache: false).diagnostics
        var count = 0
        for name in files.keys.sorted() {
            let file = "records/" + name
            let focused = try kb.check(paths: [file], cache: false).diagnostics
            #expect(findings(focused, in: file) == findings(whole, in: file), "\(file)")
            count += findings(whole, in: file).count
        }
        return count
    }
}
