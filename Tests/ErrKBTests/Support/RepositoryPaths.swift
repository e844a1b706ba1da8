import Foundation

/// Paths of the repository and of `shared/` beside it, found from this file, never hard-coded.
enum RepositoryPaths {
    /// The repository root (the folder holding Package.swift).
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// `shared/` beside the repository (DESIGN.md, the seed record, the conformance suites).
    static let shared: URL? = {
        var url = root
        while url.path != "/" {
            let candidate = url.appendingPathComponent("shared")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("seed-record.json").path) { return candidate }
            url.deleteLastPathComponent()
        }
        return nil
    }()

    static var schema: URL { root.appendingPathComponent("schema/record.schema.json") }
    static var seedSource: URL { root.appendingPathComponent("records/llm/truncated-response-in-streaming-mode.yaml") }
    static var seedJSON: URL? { shared?.appendingPathComponent("seed-record.json") }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("errkb-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
