import Foundation
import Testing
@testable import ErrKB

/// fmt never changes what a record builds to, is idempotent, and refuses to drop comments.
@Suite struct SourceFormatterTests {
    private func typed(_ text: String, schema: RecordSchema, file: String = "records/llm/x.yaml") throws -> TypedRecord {
        let source = SourceLoader().load(bytes: Array(text.utf8), file: file, format: .yaml)
        let root = try #require(source.root)
        return TypedRecord(file: file, format: .yaml, root: root,
                           value: SchemaTyper(root: schema.shape, dialect: .yaml).value(of: root), text: source.text)
    }

    @Test func formattingEveryKBRecordKeepsItsBuildAndIsIdempotent() throws {
        let schema = try RecordSchema.load(from: RepositoryPaths.schema)
        let folder = RepositoryPaths.root.appendingPathComponent("records")
        let files = (FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".yaml") }
        #expect(files.count >= 40)
        for file in files {
            // A scrambled layout: keys reversed, so fmt has real work to do.
            let original = try typed(String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8), schema: schema)
            guard case .object(let members) = original.value else { continue }
            let scrambled = try typed(YAMLWriter.write(.object(members.reversed())), schema: schema)
            guard case .success(let once) = SourceFormatter.format(scrambled, schema: schema) else {
                Issue.record("\(file) could not be formatted")
                continue
            }
            let formatted = try typed(once, schema: schema)
            #expect(CanonicalJSON.string(CanonicalRecord.make(formatted.value, shape: schema.shape))
                    == CanonicalJSON.string(CanonicalRecord.make(original.value, shape: schema.shape)), "\(file)")
            #expect(try SourceFormatter.format(formatted, schema: schema).get() == once, "\(file) is not idempotent")
        }
    }

    @Test func commentsInsideTheRecordAreNeverDropped() throws {
        let schema = try RecordSchema.load(from: RepositoryPaths.schema)
        let record = try typed("# header kept\nid: llm/x\n# a note\ndomain: llm\n", schema: schema)
        #expect(SourceFormatter.format(record, schema: schema) == .failure(.commentsInside(line: 3)))
        let header = try typed("# header kept\ndomain: llm\nid: llm/x\nregex: 'a#b'\n", schema: schema)
        #expect(try SourceFormatter.format(header, schema: schema).get() == "# header kept\nid: llm/x\nregex: a#b\ndomain: llm\n")
    }
}
