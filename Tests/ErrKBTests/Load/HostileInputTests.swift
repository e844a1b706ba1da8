import Foundation
import Testing
@testable import ErrKB

/// One hostile input per file in `Fixtures/bad/`, each with its expected diagnostics beside it.
@Suite struct HostileInputTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/bad")

    static let fixtures: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }()

    static func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.sorted().map { d in
            var line = "\(d.line):\(d.column): \(d.rule): \(d.message)"
            if let hint = d.hint { line += " | help: \(hint)" }
            for note in d.related { line += " | note: \(note.message) at \(note.location.line):\(note.location.column)" }
            return line + "\n"
        }.joined()
    }

    @Test(arguments: fixtures)
    func hostileFileGivesItsExpectedDiagnostics(_ name: String) throws {
        let url = Self.folder.appendingPathComponent(name)
        let source = SourceLoader().load(url: url, file: name, format: .yaml)
        #expect(!source.diagnostics.isEmpty, "\(name) loaded without a diagnostic")
        Golden.check(Self.render(source.diagnostics), against: url.deletingPathExtension().appendingPathExtension("expected"))
    }

    /// A UTF-8 byte-order mark before the first key reads as it does in PyYAML: as nothing, with
    /// every position where an editor, which hides the mark, shows it.
    @Test func aByteOrderMarkBeforeTheFirstKeyIsReadAsNothing() throws {
        let plain = Array(ExampleDocument.baseText.replacingOccurrences(of: "tier: ", with: "tier: [").utf8)
        let loader = SourceLoader()
        let marked = loader.load(bytes: [0xEF, 0xBB, 0xBF] + plain, file: "marked.yaml", format: .yaml)
        let unmarked = loader.load(bytes: plain, file: "marked.yaml", format: .yaml)
        #expect(!unmarked.diagnostics.isEmpty)
        #expect(marked.diagnostics == unmarked.diagnostics)
        #expect(marked.text?.text == unmarked.text?.text)
        let clean = loader.load(bytes: [0xEF, 0xBB, 0xBF] + Array(ExampleDocument.baseText.utf8), file: "clean.yaml", format: .yaml)
        #expect(clean.diagnostics.isEmpty)
        #expect(clean.root?["id"]?.scalarValue == "llm/truncated-response-in-streaming-mode")
    }

    @Test func fileOverTheSizeLimitIsRefusedUnread() throws {
        let kb = try ScratchKB(files: ["llm/big.yaml": "id: llm/big\nroot_cause: " + String(repeating: "x", count: 2_000) + "\n"])
        defer { kb.remove() }
        let source = SourceLoader(limits: LoadLimits(maxFileBytes: 1_000)).load(
            url: kb.root.appendingPathComponent("records/llm/big.yaml"), file: "llm/big.yaml", format: .yaml)
        #expect(source.diagnostics.map(\.rule) == [.fileTooLarge])
        #expect(source.root == nil)
    }

    @Test func longScalarIsRefused() {
        let bytes = Array(("root_cause: " + String(repeating: "y", count: 300)).utf8)
        let source = SourceLoader(limits: LoadLimits(maxScalarBytes: 100)).load(bytes: bytes, file: "x.yaml", format: .yaml)
        #expect(source.diagnostics.map(\.rule) == [.scalarTooLong])
    }

    @Test func badFilesDoNotStopTheGoodOnes() throws {
        var files: [String: String] = [:]
        for name in Self.fixtures {
            files["bad/" + name] = try String(decoding: Data(contentsOf: Self.folder.appendingPathComponent(name)), as: UTF8.self)
        }
        files[RuleExample.defaultFile] = ExampleDocument.baseText
        let kb = try ScratchKB(files: files)
        defer { kb.remove() }
        let result = try kb.check(groups: CheckRequest.validateGroups)
        let filesWithFindings = Set(result.diagnostics.map(\.file))
        for name in Self.fixtures { #expect(filesWithFindings.contains("records/bad/" + name), "\(name) gave no diagnostic") }
        #expect(!filesWithFindings.contains("records/" + RuleExample.defaultFile))
        #expect(result.records.contains { $0.file == "records/" + RuleExample.defaultFile })
    }
}
