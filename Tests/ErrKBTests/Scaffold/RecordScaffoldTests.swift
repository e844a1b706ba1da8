import Foundation
import Testing
@testable import ErrKB

/// The scaffold `errkb new` writes: complete, in `fmt`'s layout, and refused by the schema
/// exactly where a contributor still has to write something.
@Suite struct RecordScaffoldTests {
    static let schema: RecordSchema = try! RecordSchema.load(from: RepositoryPaths.schema)
    static let today = CalendarDate("2026-01-01")!

    static func scaffold(signature: String? = "Error: widget exploded") throws -> RecordScaffold {
        try RecordScaffold(id: "llm/widget-exploded", signature: signature, today: today, schema: schema)
    }

    /// The text typed back into a record, as `fmt` and the rules see it.
    static func load(_ text: String) throws -> TypedRecord {
        let loaded = SourceLoader().load(bytes: Array(text.utf8), file: "records/llm/widget-exploded.yaml", format: .yaml)
        let root = try #require(loaded.root)
        return TypedRecord(file: "records/llm/widget-exploded.yaml", format: .yaml, root: root,
                           value: SchemaTyper(root: schema.shape, dialect: .yaml).value(of: root), text: loaded.text)
    }

    @Test func everyRequiredFieldIsThere() throws {
        let required = try #require(Self.schema.document["required"]?.arrayValue).compactMap(\.stringValue)
        let value = try Self.scaffold().value
        #expect(required.allSatisfy { value[$0] != nil }, "missing: \(required.filter { value[$0] == nil })")
    }

    @Test func textStartsWithTheSchemaLineAndIsFmtsLayout() throws {
        let text = try Self.scaffold().text(schemaPath: "../../schema/record.schema.json")
        #expect(text.hasPrefix("# yaml-language-server: $schema=../../schema/record.schema.json\nid: llm/widget-exploded\n"))
        let record = try Self.load(text)
        #expect(SourceFormatter.format(record, schema: Self.schema) == .success(text))
    }

    @Test func schemaRejectsExactlyThePlaceholders() throws {
        let record = try Self.load(try Self.scaffold(signature: nil).text(schemaPath: "x"))
        let paths = Set(Self.schema.validator.validate(record.value).map { $0.instancePath.description })
        #expect(paths == ["/signature", "/regex", "/category", "/root_cause"])
    }

    @Test func badIdsAndMultiLineSignaturesAreBadArguments() {
        for id in ["Python/Foo", "python", "python/", "/foo", "python/foo/bar", "python/-foo", "py thon/foo"] {
            #expect(throws: RunError.self, "\(id)") { try RecordScaffold(id: id, signature: nil, today: Self.today, schema: Self.schema) }
        }
        #expect(throws: RunError.self) { try Self.scaffold(signature: "two\nlines") }
    }

    @Test func relativePathsClimbOutOfTheRecordFolder() {
        let root = URL(fileURLWithPath: "/kb")
        #expect(root.appendingPathComponent("schema/record.schema.json").path(relativeTo: root.appendingPathComponent("records/llm"))
                == "../../schema/record.schema.json")
        #expect(root.appendingPathComponent("records/llm/x.yaml").path(relativeTo: root) == "records/llm/x.yaml")
    }
}
