import Foundation
import Testing
@testable import ErrKB

/// Passing over the keyword groups a node has no keyword of gives what running every group gives:
/// the same answer and the same violations, in the same order, collecting and quiet.
@Suite struct SchemaKeywordGroupsTests {
    /// The raw violations and answer of one run, skipping empty groups or running them all.
    static func run(_ schema: JSONSchema, _ instance: JSONValue, collecting: Bool, runningAll: Bool) -> (Bool, [SchemaViolation]) {
        var validator = SchemaValidator(schema: schema, isCollecting: collecting)
        if runningAll { validator.groupsRunWhenEmpty = .all }
        var annotations: SchemaAnnotations?
        let isValid = validator.validate(0, instance, &annotations)
        return (isValid, validator.violations)
    }

    static func expectSameRuns(_ schema: JSONSchema, _ instance: JSONValue, _ label: @autoclosure () -> String) {
        for collecting in [true, false] {
            let skipping = run(schema, instance, collecting: collecting, runningAll: false)
            let all = run(schema, instance, collecting: collecting, runningAll: true)
            #expect(skipping.0 == all.0 && skipping.1 == all.1, "\(label()), collecting \(collecting)")
        }
    }

    @Test func suiteCasesGiveTheSameRuns() throws {
        let directory = try #require(JSONSchemaTestSuiteTests.suiteDirectory)
        var cases = 0
        for file in JSONSchemaTestSuiteTests.files {
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            let options = JSONSchema.Options(assertsFormat: file.hasPrefix("optional/format/"))
            for group in try JSONValue.parse(jsonText: text, maxDepth: 256).arrayValue ?? [] {
                guard let schema = try? JSONSchema(group["schema"] ?? .bool(true), options: options) else { continue }
                for test in group["tests"]?.arrayValue ?? [] {
                    Self.expectSameRuns(schema, test["data"] ?? .null, "\(file) › \(group["description"]?.stringValue ?? "?")")
                    cases += 1
                }
            }
        }
        #expect(cases > 1000)
    }

    @Test func mutatedRecordsGiveTheSameRuns() throws {
        let schema = try RecordSchema.load(from: RepositoryPaths.root.appendingPathComponent("schema/record.schema.json"))
        let source = SourceLoader().load(bytes: Array(ExampleDocument.baseText.utf8), file: "x.yaml", format: .yaml)
        let root = try #require(source.root)
        let record = SchemaTyper(root: schema.shape, dialect: .yaml).value(of: root)
        let replacements: [JSONValue] = [.null, .bool(true), .integer(-1), .number(1.5), .string(""), .string("Not_Snake"),
                                         .string("2024-13-01"), .array([]), .array([.string("a"), .string("a")]), .object([]),
                                         .object([(key: "unknown", value: .null)])]
        var random = SplitMix64(seed: 0x6A0B)
        for round in 0..<400 {
            var value = record
            for _ in 0..<(1 + Int(random.next() % 3)) {
                value = Self.replacingOne(in: value, with: replacements[Int(random.next() % UInt64(replacements.count))], random: &random)
            }
            Self.expectSameRuns(schema.validator, value, "round \(round)")
        }
    }

    /// `value` with one member or item somewhere in it replaced, or a member removed.
    static func replacingOne(in value: JSONValue, with replacement: JSONValue, random: inout SplitMix64) -> JSONValue {
        switch value {
        case .object(var members) where !members.isEmpty:
            let position = Int(random.next() % UInt64(members.count))
            switch random.next() % 4 {
            case 0: members[position].value = replacement
            case 1: members.remove(at: position)
            default: members[position].value = replacingOne(in: members[position].value, with: replacement, random: &random)
            }
            return .object(members)
        case .array(var items) where !items.isEmpty:
            let position = Int(random.next() % UInt64(items.count))
            items[position] = random.next() % 2 == 0 ? replacement : replacingOne(in: items[position], with: replacement, random: &random)
            return .array(items)
        default:
            return replacement
        }
    }
}
