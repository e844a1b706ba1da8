import Foundation
import Testing
@testable import ErrKB

/// Runs the official JSON-Schema-Test-Suite (draft 2020-12) against `JSONSchema`.
///
/// Every case must pass except those in `JSONSchemaTestSuiteSkips`, and a skipped case that starts
/// passing fails the test, so the skip list stays honest. Each case is checked twice: `isValid`
/// (quiet, stops early) and `validate(_:).isEmpty` (collecting messages) must both give the answer.
@Suite struct JSONSchemaTestSuiteTests {
    /// `shared/conformance/json-schema-test-suite/tests/draft2020-12`, found by walking up from this file.
    static let suiteDirectory: URL? = {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("shared/conformance/json-schema-test-suite/tests/draft2020-12")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }()

    /// The suite files this runner reads, relative to the draft directory.
    static let files: [String] = {
        guard let directory = suiteDirectory,
              let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        let core = names.filter { $0.hasSuffix(".json") && !JSONSchemaTestSuiteSkips.files.keys.contains($0) }.sorted()
        return core + JSONSchemaTestSuiteSkips.optionalFiles
    }()

    @Test func suiteIsPresent() {
        #expect(Self.suiteDirectory != nil, "JSON-Schema-Test-Suite not found above \(#filePath)")
        #expect(Self.files.count > 40)
    }

    @Test(arguments: files)
    func suiteFile(_ file: String) throws {
        let directory = try #require(Self.suiteDirectory)
        let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
        let groups = try #require(try JSONValue.parse(jsonText: text, maxDepth: 256).arrayValue)
        let options = JSONSchema.Options(assertsFormat: file.hasPrefix("optional/format/"))
        var passed = 0
        var skipped = 0
        for group in groups {
            let groupName = group["description"]?.stringValue ?? "?"
            let compiled: Result<JSONSchema, SchemaError>
            do {
                compiled = .success(try JSONSchema(group["schema"] ?? .bool(true), options: options))
            } catch {
                compiled = .failure(error)
            }
            for test in group["tests"]?.arrayValue ?? [] {
                let testName = test["description"]?.stringValue ?? "?"
                let data = test["data"] ?? .null
                let expected = test["valid"] == .bool(true)
                var outcome: String
                switch compiled {
                case .failure(let error):
                    outcome = "schema did not compile: \(error)"
                case .success(let schema):
                    let quiet = schema.isValid(data)
                    let violations = schema.validate(data)
                    outcome = quiet == expected && violations.isEmpty == expected ? "" :
                        "isValid \(quiet), violations \(violations.map(\.description)), expected valid \(expected)"
                }
                let skip = JSONSchemaTestSuiteSkips.reason(file: file, group: groupName, test: testName)
                switch (skip, outcome.isEmpty) {
                case (nil, true):
                    passed += 1
                case (nil, false):
                    Issue.record("\(file) › \(groupName) › \(testName): \(outcome)")
                case (let reason?, true):
                    Issue.record("\(file) › \(groupName) › \(testName) passes now; remove it from the skip list (\(reason))")
                case (_?, false):
                    skipped += 1
                }
            }
        }
        print("JSON-Schema-Test-Suite \(file): \(passed) passed, \(skipped) skipped")
    }

    @Test func everySkipNamesAnExistingCase() throws {
        let directory = try #require(Self.suiteDirectory)
        for skip in JSONSchemaTestSuiteSkips.cases {
            let text = try String(contentsOf: directory.appendingPathComponent(skip.file), encoding: .utf8)
            let groups = try JSONValue.parse(jsonText: text, maxDepth: 256).arrayValue ?? []
            let group = groups.first { $0["description"]?.stringValue == skip.group }
            let exists = group.map { group in
                skip.test == nil || (group["tests"]?.arrayValue ?? []).contains { $0["description"]?.stringValue == skip.test }
            } ?? false
            #expect(exists, "skip list entry not in the suite: \(skip.file) › \(skip.group) › \(skip.test ?? "*")")
        }
    }
}
