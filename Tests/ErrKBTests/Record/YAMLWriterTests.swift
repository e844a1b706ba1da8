import Foundation
import Testing
@testable import ErrKB

/// The YAML writer's strings read back unchanged by PyYAML's BaseLoader (every scalar a string:
/// the syntax oracle) and by errkb's own loader.
@Suite struct YAMLWriterTests {
    static let pieces = [
        "", " ", "  lead", "trail ", "a: b", "a #b", "#x", "- x", "-", "---", "...", "? q", "[x]", "{y}", "&a", "*b", "!t",
        "|", ">", "'", "\"", "%", "@", "`", "yes", "No", "off", "null", "~", "true", "1.10", "0x1F", "1_000", "1:20",
        "2023-04-10", ".inf", "1e5", "12", "中文：冒号", "tab\tinside", "\ttab lead", "x\n", "\n", "\n\nlead", "line1\nline2",
        "code:\n    indented()\n", "  indented first\nsecond", "trailing  \nspaces", "\u{2028}", "\u{85}", "\u{7}", "\r\n",
        "emoji 😀", "end:", "a,b", "plain text", "back\\slash", "~/path", "#\u{301}x", "a #\u{301}b", "end:\u{301}", ":\u{301} x",
    ]

    @Test func writtenStringsReadBackUnchangedByPyYAMLAndErrKB() throws {
        try #require(PythonOracle.isAvailable, "python3 is not installed: the PyYAML oracle cannot run")
        var rng = SplitMix64(seed: 99)
        var strings: [String] = Self.pieces
        for _ in 0..<2_000 {
            strings.append((0..<Int.random(in: 1...4, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng)! }.joined())
        }
        let documents = strings.map { YAMLWriter.write(.object([("k", .string($0)), ("list", .array([.string($0)]))])) }
        let script = """
            import sys, json, yaml
            docs = json.load(sys.stdin)
            out = []
            for d in docs:
                try:
                    v = yaml.load(d, Loader=yaml.BaseLoader)
                    out.append([v['k'], v['list'][0]])
                except Exception as e:
                    out.append(['<error %s>' % e, ''])
            json.dump(out, sys.stdout)
            """
        let input = String(decoding: try JSONSerialization.data(withJSONObject: documents), as: UTF8.self)
        let output = try PythonOracle.run(script: script, input: input)
        let readBack = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String]] ?? []
        try #require(readBack.count == strings.count)
        var failures = 0
        let shape = SchemaShape.unconstrained
        for (index, text) in strings.enumerated() {
            let ours = SourceLoader().load(bytes: Array(documents[index].utf8), file: "x.yaml", format: .yaml)
            let typed = ours.root.map { SchemaTyper(root: shape, dialect: .yaml).value(of: $0) }
            let ok = readBack[index] == [text, text] && ours.diagnostics.isEmpty
                && (typed?["k"] == .string(text) || YAMLScalarStyle.choose(for: text) != .plain)
            if !ok {
                failures += 1
                if failures <= 5 { Issue.record("\(text.debugDescription) written as:\n\(documents[index])read back \(readBack[index])") }
            }
        }
        #expect(failures == 0)
    }

    /// Keys too, a multi-line one included: it cannot be a block, and is written double-quoted.
    @Test func writtenKeysReadBackUnchangedByPyYAML() throws {
        try #require(PythonOracle.isAvailable, "python3 is not installed: the PyYAML oracle cannot run")
        let keys = Self.pieces.filter { !$0.isEmpty }
        let documents = keys.map { YAMLWriter.write(.object([($0, .string("v"))])) }
        #expect(documents[keys.firstIndex(of: "line1\nline2")!] == "\"line1\\nline2\": v\n")
        let script = """
            import sys, json, yaml
            out = []
            for d in json.load(sys.stdin):
                try:
                    out.append(list(yaml.load(d, Loader=yaml.BaseLoader).keys()))
                except Exception as e:
                    out.append(['<error %s>' % e])
            json.dump(out, sys.stdout)
            """
        let input = String(decoding: try JSONSerialization.data(withJSONObject: documents), as: UTF8.self)
        let readBack = try JSONSerialization.jsonObject(with: Data(try PythonOracle.run(script: script, input: input).utf8)) as? [[String]] ?? []
        #expect(readBack == keys.map { [$0] })
    }

    @Test func seedRecordWritesAsReadableGolden() throws {
        let source = try String(contentsOf: RepositoryPaths.seedSource, encoding: .utf8)
        #expect(source.contains("- action: |-\n    Implement retry logic"))
        #expect(!source.contains("how:"), "how equal to action is left out")
        #expect(!source.contains("status: active"), "defaults are left out")
    }
}
