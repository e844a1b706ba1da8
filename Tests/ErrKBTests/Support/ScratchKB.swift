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
    func check(groups: Set<RuleGroup> = Set(RuleGroup.allCases), paths: [String] = [], today: String = "2026-01-01",
               keepsRecords: Bool = true, cache: Bool = true) throws -> CheckResult {
        let workspace = try Workspace(directory: root, today: today)
        var request = workspace.request(paths: paths, directory: root, groups: groups)
        request.keepsRecords = keepsRecords
        if !cache { request.cacheFolder = nil }
        return try Engine.check(request)
    }

    /// Makes the KB a git repository (if it is not one) and commits every file; false when git fails.
    func commitAll(message: String = "seed") -> Bool {
        git(["init", "-q"]) && git(["add", "-A"]) && git(["commit", "-q", "-m", message])
    }

    /// Runs git in the KB with a fixed identity; false when it fails.
    @discardableResult
    func git(_ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", root.path, "-c", "user.name=errkb", "-c", "user.email=errkb@example.com",
                             "-c", "commit.gpgsign=false"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
