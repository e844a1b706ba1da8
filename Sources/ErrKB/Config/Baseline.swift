import Foundation

/// Findings a KB has accepted for now: `--write-baseline` records them, `--baseline` hides them,
/// so a large existing KB can adopt errkb and see only new problems. Entries are fingerprints
/// (file, rule, JSON pointer, message) — never line numbers, so moving lines keeps them matched.
public struct Baseline: Sendable {
    public let fingerprints: Set<String>

    public init(_ diagnostics: [Diagnostic]) {
        fingerprints = Set(diagnostics.map(\.fingerprint))
    }

    /// Reads a baseline file written by `write(to:)`.
    public init(contentsOf url: URL) throws(RunError) {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw .badArgument("no baseline at \(url.path); write one with --write-baseline")
        }
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw .badArgument("cannot read baseline \(url.path): \(error.localizedDescription)")
        }
        let value: JSONValue
        do { value = try JSONValue.parse(jsonText: text) } catch {
            throw .badArgument("\(url.path):\(error.location.line):\(error.location.column): not an errkb baseline: \(error.message)")
        }
        guard let entries = value["fingerprints"]?.arrayValue else {
            throw .badArgument("\(url.path) is not an errkb baseline (no 'fingerprints' list)")
        }
        fingerprints = Set(entries.compactMap(\.stringValue))
    }

    /// Writes the baseline as canonical JSON, fingerprints sorted so diffs stay readable.
    public func write(to url: URL) throws(RunError) {
        let document = JSONValue.object([
            ("version", .integer(1)),
            ("fingerprints", .array(fingerprints.sorted().map(JSONValue.string))),
        ])
        do { try Data((CanonicalJSON.string(document) + "\n").utf8).write(to: url, options: .atomic) } catch {
            throw .unwritableOutput(path: url.path, reason: error.localizedDescription)
        }
    }

    /// The result without the findings the baseline accepts.
    public func filtering(_ result: CheckResult) -> CheckResult {
        CheckResult(diagnostics: result.diagnostics.filter { !fingerprints.contains($0.fingerprint) },
                    records: result.records, recordCount: result.recordCount, sources: result.sources, fileCount: result.fileCount)
    }
}
