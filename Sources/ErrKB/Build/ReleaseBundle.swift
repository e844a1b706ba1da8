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
    /// writes nothing and leaves an existing bundle untouched. Each record's file is written while
    /// the check reads the record, so records are not all kept in memory.
    public static func build(_ request: CheckRequest, output: URL) throws(RunError) -> Outcome {
        try BundleTarget.check(output, knowledgeBase: request.knowledgeBase, recordsPath: request.config.recordsPath)
        let staging = BundleStaging(target: output)
        let shape = request.schema.shape
        let check: CheckResult
        let staged: [Result<BundleContents.StagedRecord, RunError>]
        do {
            (check, staged) = try Engine.check(request) { record in
                Result { () throws(RunError) in try BundleContents.stage(record, shape: shape, into: staging) }
            }
        } catch {
            staging.discard()
            throw error
        }
        guard !check.hasErrors else {
            staging.discard()
            return Outcome(check: check, writtenFiles: [])
        }
        do {
            let records = try sortedByID(staged)
            let files = try BundleContents.finish(records, schemaVersion: request.schema.version, in: staging)
            try staging.commit()
            return Outcome(check: check, writtenFiles: files)
        } catch {
            staging.discard()
            throw error
        }
    }

    /// The records by id, or the first failure to write one. Two records with one id (possible
    /// when a config lowers duplicate-id below error) would share a bundle file: refused.
    private static func sortedByID(_ staged: [Result<BundleContents.StagedRecord, RunError>]) throws(RunError) -> [BundleContents.StagedRecord] {
        let records = try staged.map { result throws(RunError) in try result.get() }.sorted { $0.id < $1.id }
        for (first, second) in zip(records, records.dropFirst()) where first.id == second.id {
            throw .unwritableOutput(path: first.file.path, reason: "two records have the id '\(first.id)'; a bundle holds one file per id")
        }
        return records
    }
}
