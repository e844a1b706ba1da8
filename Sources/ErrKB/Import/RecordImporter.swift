import Foundation

/// `errkb import`: canonical JSON records → YAML sources under `records/<domain>/<slug>.yaml`,
/// defaults left out, so that building the source gives back the input bytes.
public struct RecordImporter: Sendable {
    /// What happened to one input file.
    public enum Outcome: Sendable, Equatable {
        case written(source: String, path: String)
        /// The target exists and `--force` was not given.
        case skippedExisting(source: String, path: String)
        case failed(source: String, reason: String)
        /// Written, but the input was not canonical, so a build will not give its bytes back.
        case writtenNotCanonical(source: String, path: String)
    }

    public let schema: RecordSchema
    public let recordsFolder: URL
    public let force: Bool

    public init(schema: RecordSchema, recordsFolder: URL, force: Bool) {
        self.schema = schema
        self.recordsFolder = recordsFolder
        self.force = force
    }

    public func importFile(_ url: URL) -> Outcome {
        let name = url.path
        let source = SourceLoader().load(url: url, file: name, format: .json)
        if let problem = source.diagnostics.first {
            return .failed(source: name, reason: "\(problem.line):\(problem.column): \(problem.message)")
        }
        guard let root = source.root, case .mapping = root.content else {
            return .failed(source: name, reason: "the file does not hold a JSON object")
        }
        let value = SchemaTyper(root: schema.shape, dialect: .json).value(of: root)
        guard let id = value["id"]?.stringValue, let (domain, slug) = RecordID.split(id),
              Self.isSafeComponent(domain), Self.isSafeComponent(slug) else {
            return .failed(source: name, reason: "the record has no valid 'id' (<domain>/<slug>)")
        }
        let relative = "\(domain)/\(slug).yaml"
        let target = recordsFolder.appendingPathComponent(relative)
        if FileManager.default.fileExists(atPath: target.path), !force {
            return .skippedExisting(source: name, path: relative)
        }
        let yaml = YAMLWriter.write(CanonicalRecord.strippingDefaults(value, shape: schema.shape))
        do {
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(yaml.utf8).write(to: target, options: .atomic)
        } catch {
            return .failed(source: name, reason: "cannot write \(relative): \(error.localizedDescription)")
        }
        let canonical = CanonicalJSON.string(CanonicalRecord.make(value, shape: schema.shape))
        return canonical == source.text?.text ? .written(source: name, path: relative) : .writtenNotCanonical(source: name, path: relative)
    }

    private static func isSafeComponent(_ text: String) -> Bool {
        !text.isEmpty && text != "." && text != ".." && !text.contains("/")
            && text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || "._-".contains($0)) }
    }
}
