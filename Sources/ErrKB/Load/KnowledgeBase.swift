import Foundation

/// Where the KB lives: the repository root (the folder of `errkb.yml`, else the working
/// directory) and its records folder.
public struct KnowledgeBase: Sendable {
    public let root: URL
    /// `errkb.yml`, when the KB has one.
    public let configURL: URL?

    public static let configFileName = "errkb.yml"

    public init(root: URL, configURL: URL?) {
        self.root = root.standardizedFileURL
        self.configURL = configURL
    }

    /// Finds the KB from `directory` upward: the first folder holding `errkb.yml`, else `directory`.
    public static func locate(from directory: URL) -> KnowledgeBase {
        var current = directory.standardizedFileURL
        while true {
            let candidate = current.appendingPathComponent(configFileName)
            if FileManager.default.fileExists(atPath: candidate.path) {
                return KnowledgeBase(root: current, configURL: candidate)
            }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { break }
            current = parent
        }
        return KnowledgeBase(root: directory, configURL: nil)
    }

    /// The record schema, `schema/record.schema.json` under the root.
    public var schemaURL: URL { root.appendingPathComponent("schema/record.schema.json") }

    /// `url`'s path relative to the root with `/` separators, or its full path when outside.
    public func relativePath(of url: URL) -> String {
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(rootPath) ? String(path.dropFirst(rootPath.count)) : path
    }

    /// Whether `url`, with symlinks resolved, is inside the root.
    public func contains(_ url: URL) -> Bool {
        let resolvedRoot = root.resolvingSymlinksInPath().path
        let resolved = url.resolvingSymlinksInPath().path
        return resolved == resolvedRoot || resolved.hasPrefix(resolvedRoot.hasSuffix("/") ? resolvedRoot : resolvedRoot + "/")
    }
}
