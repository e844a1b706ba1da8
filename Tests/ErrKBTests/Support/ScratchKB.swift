import Foundation
@testable import ErrKB

/// A throwaway KB on disk: the repository's schema, the given record files and config.
struct ScratchKB {
    let root: URL

    /// `files` maps paths under `records/` to their text.
    init(files: [String: String], config: String? = nil) throws {
        root = RepositoryPaths.temporaryFolder()
        let schemaFolder = root.appendingPathComponent("schema")
        try FileManager.default.createDirectory(at: schemaFolder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: RepositoryPaths.schema, to: schemaFolder.appendingPathComponent("record.schema.json"))
        try (config ?? "records: records\n").write(to: root.appendingPathComponent("errkb.yml"), atomically: true, encoding: .utf8)
        for (path, text) in files { try write(text, to: "records/" + path) }
    }

    func write(_ text: String, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Runs the checks of `groups` over the whole KB with today pinned.
    func check(groups: Set<RuleGroup> = Set(RuleGroup.allCases), paths: [String] = [], today: String = "2026-01-01") throws -> CheckResult {
        let workspace = try Workspace(directory: root, today: today)
        return try Engine.check(workspace.request(paths: paths, directory: root, groups: groups))
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
