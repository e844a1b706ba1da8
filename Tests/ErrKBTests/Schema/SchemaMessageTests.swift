import Testing
@testable import ErrKB

/// The wording contributors see: one violation per root cause, at the right path, with a hint.
@Suite struct SchemaMessageTests {
    private func violations(_ schema: String, _ instance: String, assertsFormat: Bool = false) throws -> [SchemaViolation] {
        let compiled = try JSONSchema(jsonText: schema, options: .init(assertsFormat: assertsFormat))
        let value = try JSONValue.parse(jsonText: instance)
        let found = compiled.validate(value)
        #expect(found.isEmpty == compiled.isValid(value))
        return found
    }

    private func violation(_ path: String, _ keyword: String, _ message: String, hint: String? = nil) -> SchemaViolation {
        SchemaViolation(instancePath: JSONPointer(parsing: path), keyword: keyword, message: message, hint: hint)
    }

    @Test func typeMismatchQuotesTheValue() throws {
        let found = try violations(#"{"properties": {"severity": {"type": "number"}}}"#, #"{"severity": "high"}"#)
        #expect(found == [violation("/severity", "type", #"expected number, got string "high""#)])
    }

    @Test func stringOrNullNamesTheStringExpectation() throws {
        let found = try violations(#"{"properties": {"zh": {"type": ["null", "string"]}}}"#, #"{"zh": 3}"#)
        #expect(found == [violation("/zh", "type", "expected string, got integer 3")])
    }

    @Test func longValuesAreAbbreviated() throws {
        let long = String(repeating: "长", count: 60)
        let found = try violations(#"{"type": "integer"}"#, "\"\(long)\"")
        #expect(found.map(\.message) == ["expected integer, got string \"\(String(repeating: "长", count: 39))…\""])
    }

    @Test func unknownKeyIsReportedAtTheKeyWithDidYouMean() throws {
        let schema = ##"{"type": "object", "additionalProperties": false, "properties": {"signature": {}, "workarounds": {}}}"##
        let found = try violations(schema, #"{"signature": "x", "workaround": [], "zzz": 1}"#)
        #expect(found == [
            violation("/workaround", "additionalProperties", "unknown key 'workaround'", hint: "did you mean 'workarounds'?"),
            violation("/zzz", "additionalProperties", "unknown key 'zzz'", hint: "remove it or use one of 'signature', 'workarounds'"),
        ])
    }

    @Test func unevaluatedPropertiesNamesKeysFromSubschemas() throws {
        let schema = ##"{"allOf": [{"properties": {"domain": {}}}], "unevaluatedProperties": false}"##
        let found = try violations(schema, #"{"domian": "llm"}"#)
        #expect(found == [violation("/domian", "unevaluatedProperties", "unknown key 'domian'", hint: "did you mean 'domain'?")])
    }

    @Test func missingRequiredKeyIsReportedAtTheObject() throws {
        let schema = ##"{"properties": {"edge": {"type": "object", "required": ["error_id", "signature"]}}}"##
        let found = try violations(schema, #"{"edge": {}}"#)
        #expect(found == [violation("/edge", "required", "missing required keys 'error_id' and 'signature'")])
        let one = try violations(#"{"required": ["signature"]}"#, "{}")
        #expect(one == [violation("", "required", "missing required key 'signature'")])
    }

    @Test func enumListsChoicesAndSuggestsTheClosest() throws {
        let schema = ##"{"properties": {"tier": {"enum": ["ai_generated", "community_verified", "human_verified", "expert_verified", "a", "b"]}}}"##
        let found = try violations(schema, #"{"tier": "ai_generatd"}"#)
        #expect(found == [violation(
            "/tier", "enum",
            #"expected one of 'ai_generated', 'community_verified', 'human_verified', 'expert_verified', 'a', … got "ai_generatd""#,
            hint: "did you mean 'ai_generated'?")])
    }

    @Test func rangesNameTheField() throws {
        let schema = ##"{"properties": {"success_rate": {"type": "number", "minimum": 0, "maximum": 1}, "count": {"minimum": 0}, "p": {"exclusiveMaximum": 1}}}"##
        let found = try violations(schema, #"{"success_rate": 1.5, "count": -2, "p": 1}"#)
        #expect(found.map(\.message) == ["count ≥ 0 but got -2", "p < 1 but got 1", "0 ≤ success_rate ≤ 1 but got 1.5"])
        #expect(found.map(\.keyword) == ["minimum", "exclusiveMaximum", "maximum"])
    }

    @Test func emptyStringAndPatternWithCustomHint() throws {
        let schema = #"""
        {"properties": {
            "signature": {"type": "string", "minLength": 1},
            "domain": {"type": "string", "pattern": "^[a-z0-9-]+$", "x-hint": "use lowercase letters, digits and '-'"}}}
        """#
        let found = try violations(schema, #"{"signature": "", "domain": "LLM"}"#)
        #expect(found == [
            violation("/domain", "pattern", #"'domain' must match ^[a-z0-9-]+$ but got "LLM""#, hint: "use lowercase letters, digits and '-'"),
            violation("/signature", "minLength", "'signature' must not be empty"),
        ])
    }

    @Test func typeErrorHidesTheChecksBelowIt() throws {
        let found = try violations(#"{"type": "object", "required": ["id"], "minProperties": 2}"#, #"["id"]"#)
        #expect(found == [violation("", "type", "expected object, got array")])
    }

    @Test func anyOfReportsTheBranchWhoseTypeFits() throws {
        let schema = ##"{"properties": {"url": {"anyOf": [{"type": "null"}, {"type": "string", "format": "uri"}, {"type": "array", "minItems": 1}]}}}"##
        let found = try violations(schema, #"{"url": "not a uri"}"#, assertsFormat: true)
        #expect(found.count == 1)
        #expect(found.first?.keyword == "format")
        #expect(found.first?.message == #"'url' must be an absolute URI but got "not a uri""#)
        let wrongType = try violations(schema, #"{"url": 5}"#)
        #expect(wrongType == [violation("/url", "type", "expected string or array, got integer 5")])
    }

    @Test func oneOfOfConstantsReadsLikeAnEnum() throws {
        let found = try violations(#"{"oneOf": [{"const": "true"}, {"const": "false"}, {"const": "partial"}]}"#, #""parital""#)
        #expect(found == [violation("", "enum", #"expected one of 'true', 'false', 'partial', got "parital""#,
                                    hint: "did you mean 'partial'?")])
    }

    @Test func overlappingSubschemasReportOnce() throws {
        let found = try violations(#"{"allOf": [{"minimum": 5}, {"minimum": 5}], "minimum": 5}"#, "1")
        #expect(found.count == 1)
    }

    @Test func violationsAreSortedByPathWithIndicesInNumericOrder() throws {
        let found = try violations(#"{"items": {"type": "string"}}"#, #"[1, "a", "b", "c", "d", "e", "f", "g", "h", "i", 2]"#)
        #expect(found.map(\.instancePath.description) == ["/0", "/10"])
    }

    @Test func duplicateItemsPointAtTheRepeat() throws {
        let found = try violations(#"{"properties": {"tags": {"uniqueItems": true}}}"#, #"{"tags": ["a", "b", "a"]}"#)
        #expect(found == [violation("/tags/2", "uniqueItems", "'tags' must not repeat items: item 2 repeats item 0")])
    }

    @Test func dateFormatIsCalendarAware() throws {
        let schema = ##"{"properties": {"first_seen": {"type": "string", "format": "date"}}}"##
        #expect(try violations(schema, #"{"first_seen": "2024-02-29"}"#, assertsFormat: true).isEmpty)
        // A value of the right shape says which part does not exist.
        for (value, says) in [("2023-02-29", ": February 2023 has 28 days, not 29"), ("2024-13-01", ": there is no month 13"),
                              ("2024-04-00", ": there is no day 0"), ("2024-4-1", ""), ("10/04/2023", "")] {
            let found = try violations(schema, #"{"first_seen": "\#(value)"}"#, assertsFormat: true)
            #expect(found.map(\.message) == [#"'first_seen' must be a date (YYYY-MM-DD) but got "\#(value)""# + says])
        }
        #expect(try violations(schema, #"{"first_seen": "2023-02-29"}"#).isEmpty)
    }

    /// A record's date that breaks both its pattern and its format is told once, by the format.
    @Test func aDateThatBreaksItsPatternAndFormatIsToldOnce() throws {
        let document = ExampleDocument(fragment: "first_seen: 2023-2-1")
        let kb = try ScratchKB(files: [RuleExample.defaultFile: document.text])
        defer { kb.remove() }
        let found = try kb.check(groups: CheckRequest.validateGroups, cache: false).diagnostics.filter { $0.path == JSONPointer.root.appending("first_seen") }
        #expect(found.map(\.message) == [#"'first_seen' must be a date (YYYY-MM-DD) but got "2023-2-1""#])
    }

    @Test func refCyclesAndDeepInstancesStopWithAViolation() throws {
        let cycle = try violations(##"{"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"}"##, "1")
        #expect(cycle.map(\.keyword) == ["$ref"])
        var deep = JSONValue.array([])
        for _ in 0..<1_000 { deep = .array([deep]) }
        let schema = try JSONSchema(jsonText: ##"{"items": {"$ref": "#"}}"##)
        #expect(schema.validate(deep).map(\.keyword) == ["$ref"])
        #expect(!schema.isValid(deep))
    }

    @Test func schemaProblemsAreCompileErrors() {
        #expect(throws: SchemaError("cannot resolve $ref '#/$defs/missing' at #/properties/a")) {
            try JSONSchema(jsonText: ##"{"properties": {"a": {"$ref": "#/$defs/missing"}}}"##)
        }
        #expect(throws: SchemaError("invalid regular expression (")) {
            try JSONSchema(jsonText: #"{"pattern": "("}"#)
        }
    }

    @Test func oneSchemaValidatesFromManyTasksAtOnce() async throws {
        let schema = try JSONSchema(jsonText: #"""
            {"type": "object", "propertyNames": {"pattern": "^k[0-9]$"}, "additionalProperties": {"type": "integer", "minimum": 0}}
            """#)
        let results = await withTaskGroup(of: Int.self) { group in
            for task in 0..<8 {
                group.addTask {
                    var count = 0
                    for round in 0..<200 {
                        let value = JSONValue.object([("k\(task)", .integer(Int64(round % 3) - 1)), ("x", .integer(1))])
                        count += schema.validate(value).count
                    }
                    return count
                }
            }
            return await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(results == Array(repeating: 67 + 200, count: 8))
    }
}
