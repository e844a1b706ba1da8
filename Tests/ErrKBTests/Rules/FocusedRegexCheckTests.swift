import Foundation
import Testing
@testable import ErrKB

/// `errkb lint FILE` works out the cross-record regex rules only for the named file; what it
/// reports on that file must be exactly what a whole-KB run reports on it.
@Suite struct FocusedRegexCheckTests {
    private static let words = ["connection", "refused", "timeout", "denied", "module", "missing", "port", "busy", "limit", "quota"]
    private static let shapes = ["{a} {b}", "{a}", "{a}|{b}", "(?i){a}.*{b}", "{a}s?", "\\w+ {b}", "x|", "[a-z]+ {a}"]

    @Test func namedFileGetsTheSameRegexFindingsAsAWholeRun() throws {
        var random = SplitMix64(seed: 7)
        func word() -> String { Self.words[Int(random.next() % UInt64(Self.words.count))] }
        var files: [String: String] = [:]
        for index in 0..<24 {
            let (a, b) = (word(), word())
            let shape = Self.shapes[index % Self.shapes.count]
            let regex = shape.replacingOccurrences(of: "{a}", with: a).replacingOccurrences(of: "{b}", with: b)
            files["llm/r\(index).yaml"] = ExampleDocument(fragment: """
                id: llm/r\(index)
                signature: 'Error: \(a) \(b) \(word())'
                regex: '\(regex)'
                aliases:
                - '\(word()) \(a) \(b)'
                """).text
        }
        #expect(try Self.compareFocusedRunsWithAWholeRun(files) > 10, "the KB should have regex findings to compare")
    }

    /// A regex that matches the empty string is too broad to be reported as ambiguous, also in a
    /// KB of aliases without signatures, where no regex matches most signatures.
    @Test func anEmptyMatchingRegexIsTooBroadInAFocusedRunToo() throws {
        var files: [String: String] = [:]
        for index in 0..<10 {
            let regex = index == 0 ? "(?:zz)?" : "number\(index)"
            files["x/r\(index).yaml"] = "id: x/r\(index)\naliases:\n- 'alias text number\(index)'\nregex: '\(regex)'\n"
        }
        #expect(try Self.compareFocusedRunsWithAWholeRun(files) > 0)
    }

    /// Checks each file alone against the whole KB's findings on it; how many findings compared.
    private static func compareFocusedRunsWithAWholeRun(_ files: [String: String]) throws -> Int {
        let kb = try ScratchKB(files: files)
        defer { kb.remove() }
        func regexFindings(_ diagnostics: [Diagnostic], in file: String) -> [String] {
            diagnostics.filter { $0.file == file && $0.rule.rawValue.hasPrefix("regex-") }
                .map { "\($0.rule) \($0.path) \($0.message)" }.sorted()
        }
        let whole = try kb.check(cache: false).diagnostics
        var compared = 0
        for name in files.keys.sorted() {
            let file = "records/" + name
            let focused = try kb.check(paths: [file], cache: false).diagnostics
            #expect(regexFindings(focused, in: file) == regexFindings(whole, in: file), "\(file)")
            compared += regexFindings(whole, in: file).count
        }
        return compared
    }
}
