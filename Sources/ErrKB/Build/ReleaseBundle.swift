import Foundation

/// `errkb build`: checks the KB and, only when nothing is wrong, writes the release bundle.
public enum ReleaseBundle {
    /// What a build did.
    public struct Outcome: Sendable {
        /// The check that gated the build.
        public let check: CheckResult
        /// Paths written inside the output folder; empty when the build was refused.
        public let writtenFiles: [String]
    }

    /// Checks `request`'s records and writes the bundle to `output` atomically; with any error,
    /// writes nothing and leaves an existing bundle untouched.
    public static func build(_ request: CheckRequest, output: URL) throws(RunError) -> Outcome {
        let check = try Engine.check(request)
        guard !check.hasErrors else { return Outcome(check: check, writtenFiles: []) }
        let schema = request.schema
        let records = check.records
            .map { (id: $0.id ?? "", value: CanonicalRecord.make($0.value, shape: schema.shape)) }
            .sorted { $0.id < $1.id }
        let files = BundleContents.files(for: records, schemaVersion: schema.version)
        try AtomicDirectoryWriter.write(files, to: output)
        return Outcome(check: check, writtenFiles: files.map(\.path))
    }
}
