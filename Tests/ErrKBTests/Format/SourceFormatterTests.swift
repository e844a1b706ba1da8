import Foundation
import Testing
@testable import ErrKB

/// fmt never changes what a record builds to, is idempotent, and keeps every comment.
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

    /// Objects already in the schema's order take a shortcut; reversed (and with a key the
    /// schema does not know), every object takes the general path, and both agree.
    @Test func canonicalOrderIsTheSameWithAndWithoutTheInOrderShortcut() throws {
        let schema = try RecordSchema.load(from: RepositoryPaths.schema)
        let folder = RepositoryPaths.root.appendingPathComponent("records")
        let files = (FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".yaml") }
        // Objects the schema gives an order to, reversed; free-form maps keep theirs either way.
        func reversed(_ value: JSONValue, _ shape: SchemaShape) -> JSONValue {
            switch value {
            case .object(let members):
                let inner = members.map { ($0.key, reversed($0.value, shape.shape(forKey: $0.key))) }
                return .object(shape.propertyOrder.isEmpty ? inner : inner.reversed())
            case .array(let items): return .array(items.map { reversed($0, shape.items ?? .unconstrained) })
            default: return value
            }
        }
        for file in files {
            let record = try typed(String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8), schema: schema)
            guard case .object(var members) = record.value else { continue }
            let inOrder = CanonicalRecord.make(record.value, shape: schema.shape, fillingDefaults: false)
            #expect(JSONValue.identical(inOrder, CanonicalRecord.make(reversed(record.value, schema.shape), shape: schema.shape, fillingDefaults: false)), "\(file)")
            members.insert(("x_unknown", .string("kept last")), at: 1)
            guard case .object(let withUnknown) = CanonicalRecord.make(.object(members), shape: schema.shape, fillingDefaults: false),
                  case .object(let expected) = inOrder else { continue }
            #expect(withUnknown.map(\.key) == expected.map(\.key) + ["x_unknown"], "\(file)")
        }
    }

    /// A value already in order is its own canonical form, unless a key only equals the
    /// schema's under Unicode equivalence (KELVIN SIGN for K): sorting spells it as the schema
    /// does, and so must the shortcut that skips sorting.
    @Test func orderedValuesAreKeptAndKeysSpelledAsTheSchemaSpellsThem() throws {
        let schema = try RecordSchema(document: JSONValue.parse(jsonText: """
            {"type": "object", "properties": {"Kelvin": {"type": "object", "properties": {"a": {}, "b": {}}}, "z": {}}}
            """))
        let ordered = JSONValue.object([("Kelvin", .object([("a", .integer(1)), ("b", .integer(2))])), ("z", .string("last"))])
        #expect(JSONValue.identical(CanonicalRecord.make(ordered, shape: schema.shape, fillingDefaults: false), ordered))
        for outer in ["Kelvin", "\u{212A}elvin"] {
            for inner: [(String, Int64)] in [[("a", 1), ("b", 2)], [("b", 2), ("a", 1)]] {
                let value = JSONValue.object([(outer, .object(inner.map { ($0.0, .integer($0.1)) })), ("z", .string("last"))])
                guard case .object(let members) = CanonicalRecord.make(value, shape: schema.shape, fillingDefaults: false),
                      case .object(let nested)? = members.first?.value else { Issue.record("not an object"); continue }
                #expect(members.map { Array($0.key.utf8) } == [Array("Kelvin".utf8), Array("z".utf8)])
                #expect(nested.map(\.key) == ["a", "b"])
            }
        }
    }

    @Test func everyCommentIsKeptBesideItsKeyOrItem() throws {
        let schema = try RecordSchema.load(from: RepositoryPaths.schema)
        let source = """
            # header kept
            domain: llm  # trailing on domain
            # before id
            id: llm/x
            tags:
            # before the first tag
            - b  # on b
            - a
            regex: 'a#b'
            # at the end

            """
        let record = try typed(source, schema: schema)
        let formatted = try SourceFormatter.format(record, schema: schema).get()
        #expect(formatted == """
            # header kept
            # before id
            id: llm/x
            regex: a#b
            domain: llm # trailing on domain
            tags:
            # before the first tag
            - b # on b
            - a
            # at the end

            """)
        #expect(try SourceFormatter.format(try typed(formatted, schema: schema), schema: schema).get() == formatted)
    }
}
