import Foundation
import Testing
@testable import ErrKB

/// The cross-record regex rules in `errkb lint FILE` (`FocusedRuns`).
@Suite struct FocusedRegexCheckTests {
    private static let words = ["connection", "refused", "timeout", "denied", "module", "missing", "port", "busy", "limit", "quota"]
    private static let shapes = ["{a} {b}", "{a}", "{a}|{b}", "(?i){a}.*{b}", "{a}s?", "\\w+ {b}", "x|", "[a-z]+ {a}"]

    /// Some aliases end beyond ASCII (a KELVIN SIGN, which folds to K), so that both ways of
    /// ruling texts out are taken.
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
                - '\(word()) \(a) \(b)\(index % 3 == 0 ? " – \u{212A}" : "")'
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

    private static func compareFocusedRunsWithAWholeRun(_ files: [String: String]) throws -> Int {
        try FocusedRuns.compareWithAWholeRun(files) { $0.rawValue.hasPrefix("regex-") }
    }
}
