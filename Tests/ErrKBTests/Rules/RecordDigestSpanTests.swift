import Foundation
import Testing
@testable import ErrKB

/// A digest finds where its id, regex, signature, aliases and links are written by walking the
/// node tree step by step; each span is the one `TypedRecord.span(at:)` gives for its path.
@Suite struct RecordDigestSpanTests {
    private static func typed(_ text: String, file: String) throws -> TypedRecord {
        let schema = try RecordSchema.load(from: RepositoryPaths.schema)
        let source = SourceLoader().load(bytes: Array(text.utf8), file: file, format: .yaml)
        let root = try #require(source.root)
        return TypedRecord(file: file, format: .yaml, root: root,
                           value: SchemaTyper(root: schema.shape, dialect: .yaml).value(of: root), text: source.text)
    }

    /// The repository's own records, and hand-made ones whose lists are odd or misplaced.
    private static func texts() throws -> [String] {
        let folder = RepositoryPaths.root.appendingPathComponent("records")
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "yaml" }.sorted { $0.path < $1.path } ?? []
        let own = try files.map { try String(contentsOf: $0, encoding: .utf8) }
        return own + [
            "id: a/b\nregex: x\nsignature: y\naliases:\n- one\n- 2\n- [three]\n- four\n",
            "id: a/b\naliases: not a list\ntransition_graph: not a mapping\n",
            "regex: x\ntransition_graph:\n  leads_to:\n  - error_id: c/d\n  - probability: 0.5\n  - error_id: e/f\n  preceded_by: []\n"
                + "  frequently_confused_with:\n  - {error_id: g/h}\n",
            "aliases: []\nid: [not, a, string]\n",
            // A key written twice: the walk takes the first, where the second's link is not.
            "transition_graph:\n  leads_to: {error_id: z/z}\ntransition_graph:\n  leads_to:\n  - error_id: c/d\n",
            ExampleDocument.record("llm/x", leadsTo: "llm/y"),
        ]
    }

    @Test func walkedSpansAreThePathsOwn() throws {
        var compared = 0
        for (number, text) in try Self.texts().enumerated() {
            let record = try Self.typed(text, file: "records/x/\(number).yaml")
            let digest = RecordDigest(record)
            let general = { (path: JSONPointer) in record.value(at: path) == nil ? nil : record.span(at: path) }
            #expect(digest.idSpan == general(RecordDigest.idPath), "\(number)")
            #expect(digest.regexSpan == general(RecordDigest.regexPath), "\(number)")
            #expect(digest.signatureSpan == general(RecordDigest.signaturePath), "\(number)")
            #expect(digest.aliasSpans == digest.aliases.indices.map { record.span(at: RecordDigest.aliasPath($0)) }, "\(number)")
            #expect(digest.edgeSpans == digest.edges.map { record.span(at: $0.path) }, "\(number)")
            compared += digest.aliasSpans.count + digest.edgeSpans.count
        }
        #expect(compared > 50, "the records have aliases and links to compare")
    }

    /// Any path, including ones whose steps miss (a key of a list, an index of a mapping) and go
    /// on below the miss, ends where `span(at:)` ends.
    @Test func aWalkEndsWhereTheSpanOfItsPathIs() throws {
        let paths: [[JSONPointer.Token]] = [
            [], [.key("id")], [.key("aliases"), .index(0)], [.key("aliases"), .index(99)], [.key("aliases"), .key("x")],
            [.key("transition_graph"), .key("leads_to"), .index(0), .key("error_id")],
            [.key("transition_graph"), .index(0), .key("leads_to")], [.key("transition_graph"), .key("leads_to"), .key("error_id"), .index(0)],
            [.key("aliases"), .index(0), .key("x"), .index(0)], [.key("missing"), .key("id")], [.index(0), .key("id")],
        ]
        for (number, text) in try Self.texts().enumerated() {
            let record = try Self.typed(text, file: "records/x/\(number).yaml")
            for tokens in paths {
                var walk = NodeWalk(from: record.root)
                for token in tokens {
                    switch token {
                    case .key(let key): walk = walk.key(key)
                    case .index(let index): walk = walk.index(index)
                    }
                }
                #expect(walk.span == record.span(at: JSONPointer(tokens)), "record \(number), path \(tokens)")
            }
        }
    }
}
