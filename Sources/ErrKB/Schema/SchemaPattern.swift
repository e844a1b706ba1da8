import Foundation

/// A compiled `pattern` / `patternProperties` regular expression.
///
/// JSON Schema patterns are ECMA-262; Foundation's `NSRegularExpression` (ICU) is used as a close
/// approximation: it agrees on everything the test suite's core files and errkb's schema use, but
/// differs on corner cases such as `\d` matching non-ASCII digits. Patterns are not anchored.
/// Simple patterns, which are all a record schema uses, run as a `PatternProgram` that gives
/// ICU's answers without the cost of calling it.
final class SchemaPattern: @unchecked Sendable {
    // @unchecked: NSRegularExpression is immutable after creation and documented as safe to use
    // from several threads at once; nothing here mutates it.
    let source: String
    private let matcher: Matcher

    private enum Matcher {
        case program(PatternProgram)
        case icu(NSRegularExpression)
    }

    init(_ source: String) throws(SchemaError) {
        self.source = source
        // A pattern the subset takes is valid ICU syntax, so ICU is not asked to compile it:
        // its first compile in a process sets up ICU's tables, about 8M instructions, more
        // than validating a hundred records against the schema.
        if let program = PatternParser.program(for: source) {
            matcher = .program(program)
            return
        }
        do {
            matcher = .icu(try NSRegularExpression(pattern: source, options: []))
        } catch {
            throw SchemaError("invalid regular expression \(source)")
        }
    }

    /// Whether the pattern matches anywhere in `text`.
    func matches(_ text: String) -> Bool {
        switch matcher {
        case .program(let program):
            return program.matches(text)
        case .icu(let regex):
            let range = NSRange(text.startIndex..<text.endIndex, in: text)
            return regex.firstMatch(in: text, options: [], range: range) != nil
        }
    }
}
