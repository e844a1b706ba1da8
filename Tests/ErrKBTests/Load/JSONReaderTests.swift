import Testing
@testable import ErrKB

@Suite struct JSONReaderTests {
    private func location(_ line: Int, _ column: Int) -> ErrKB.SourceLocation { ErrKB.SourceLocation(line: line, column: column) }

    private func syntaxError(_ text: String, maxDepth: Int = 64) -> JSONSyntaxError? {
        do {
            _ = try JSONReader.parse(text, maxDepth: maxDepth)
            return nil
        } catch {
            return error
        }
    }

    @Test func columnsCountUnicodeScalarsInChineseText() throws {
        let node = try JSONReader.parse(#"{"a": "中文", "b": 1}"#)
        let entries = try #require(node.entries)
        #expect(entries.map(\.key) == ["a", "b"])
        #expect(entries[0].value.content == .scalar("中文", .doubleQuoted))
        #expect(entries[0].value.span == SourceSpan(start: location(1, 7), end: location(1, 11)))
        #expect(entries[1].keySpan == SourceSpan(start: location(1, 13), end: location(1, 16)))
        #expect(entries[1].value.span == SourceSpan(start: location(1, 18), end: location(1, 19)))
        #expect(node.span == SourceSpan(start: location(1, 1), end: location(1, 20)))
    }

    @Test func linesAndNestedSpansAreOneBased() throws {
        let node = try JSONReader.parse("[\n  {\"x\": [true, null]},\r\n  -1.5e3\n]")
        guard case .sequence(let items) = node.content else {
            Issue.record("expected a sequence")
            return
        }
        #expect(items[0].span == SourceSpan(start: location(2, 3), end: location(2, 22)))
        #expect(items[1].content == .scalar("-1.5e3", .plain))
        #expect(items[1].span == SourceSpan(start: location(3, 3), end: location(3, 9)))
        #expect(node.span.end == location(4, 2))
    }

    @Test func duplicateKeysAreAllKeptInOrder() throws {
        let node = try JSONReader.parse(#"{"k": 1, "j": 2, "k": 3}"#)
        #expect(node.entries?.map(\.key) == ["k", "j", "k"])
        let value = JSONValue(coreNode: node)
        #expect(value == .object([("k", .integer(3)), ("j", .integer(2))]))
        #expect(value.stringValue == nil)
    }

    @Test func escapesDecodeAndLoneSurrogatesBecomeReplacementCharacters() throws {
        let node = try JSONReader.parse(#"["a\"\\\/\b\f\n\r\t", "\u00e9\ud83d\ude00", "\ud800x", "\udc00"]"#)
        guard case .sequence(let items) = node.content else {
            Issue.record("expected a sequence")
            return
        }
        #expect(items.map(\.scalarValue) == ["a\"\\/\u{08}\u{0C}\n\r\t", "é😀", "\u{FFFD}x", "\u{FFFD}"])
    }

    @Test func numbersReadAsIntegersOrCorrectlyRoundedDoubles() throws {
        let value = try JSONValue.parse(jsonText: "[0, -0, 9223372036854775807, 9223372036854775808, 1.0, 0.1, 1e2, -3]")
        #expect(value == .array([
            .integer(0), .integer(0), .integer(Int64.max), .number(9223372036854775808.0),
            .number(1.0), .number(0.1), .number(100), .integer(-3),
        ]))
        if case .array(let items) = value, case .number(let tenth) = items[5] {
            #expect(tenth.bitPattern == (0.1).bitPattern)
        }
    }

    @Test(arguments: [
        ("{\"a\": 1 \"b\": 2}", "expected ',' or '}' after object member but found '\"'", 1, 9),
        ("[1, 2", "expected ',' or ']' after array element but found end of input", 1, 6),
        ("[1, 2,]", "trailing ',' before ']' is not allowed", 1, 6),
        ("{\"a\": \"x", "unterminated string", 1, 7),
        ("\"bad \\q\"", "invalid escape \\q", 1, 6),
        ("\"tab\there\"", "control character U+0009 in string must be escaped", 1, 5),
        ("{\"中文\" 1}", "expected ':' after object key \"中文\" but found '1'", 1, 7),
        ("[01]", "numbers must not have leading zeros", 1, 3),
        ("[tru]", "invalid literal 'tru'; expected true, false, null, a number or a string", 1, 2),
        ("{1: 2}", "expected a string key or '}' after '{' but found '1'", 1, 2),
        ("", "expected a JSON value but found end of input", 1, 1),
        ("[1] x", "unexpected 'x' after the JSON value", 1, 5),
        ("\n  [1.]", "expected a digit after '.' in number but found ']'", 2, 6),
        ("\"\\u12G4\"", "invalid \\u escape: expected 4 hex digits", 1, 2),
    ])
    func syntaxErrorsSayWhatAndWhere(text: String, message: String, line: Int, column: Int) {
        #expect(syntaxError(text) == JSONSyntaxError(message: message, location: location(line, column)))
    }

    @Test func nestingBeyondTheLimitIsAnErrorNotACrash() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(syntaxError(deep) == JSONSyntaxError(message: "nesting deeper than 64 levels", location: location(1, 65)))
        let sixtyFour = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(syntaxError(sixtyFour) == nil)
        let wide = "[" + Array(repeating: "{\"a\": [1, 2]}", count: 20_000).joined(separator: ",") + "]"
        let value = try JSONValue.parse(jsonText: wide)
        #expect(value.arrayValue?.count == 20_000)
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let node = try JSONReader.parse("\u{FEFF}true")
        #expect(node.content == .scalar("true", .plain))
        #expect(node.span.start == location(1, 2))
    }
}
