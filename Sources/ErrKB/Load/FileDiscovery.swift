import Foundation

/// One record file to check.
public struct DiscoveredFile: Sendable, Hashable {
    public let url: URL
    /// Path relative to the KB root.
    public let file: String
    public let format: SourceFormat
}

/// Turns the paths a user names into a sorted list of record files.
///
/// Folders are walked for `.yaml`, `.yml` and `.json` files; in a release bundle (a folder with a
/// `manifest.json`) only `records/` holds records. A symlink that leads out of the KB is refused
/// with a diagnostic, and the others are still checked.
public struct FileDiscovery: Sendable {
    public let knowledgeBase: KnowledgeBase

    public init(knowledgeBase: KnowledgeBase) { self.knowledgeBase = knowledgeBase }

    public static let symlinkEscape: RuleID = "symlink-escape"

    /// The files under `paths`, sorted by relative path, and the refusals.
    public func discover(_ paths: [URL]) throws(RunError) -> (files: [DiscoveredFile], refused: [Diagnostic]) {
        var files: Set<DiscoveredFile> = []
        var refused: [Diagnostic] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isDirectory) else {
                throw .badArgument("no such file or folder: \(path.path)")
            }
            if isDirectory.boolValue {
                walk(path, into: &files, refused: &refused)
            } else {
                let file = knowledgeBase.relativePath(of: path)
                files.insert(DiscoveredFile(url: path, file: file, format: SourceFormat(fileName: path.lastPathComponent) ?? .yaml))
            }
        }
        return (files.sorted { $0.file < $1.file }, refused.sorted())
    }

    private func walk(_ folder: URL, into files: inout Set<DiscoveredFile>, refused: inout [Diagnostic]) {
        let manager = FileManager.default
        if manager.fileExists(atPath: folder.appendingPathComponent("manifest.json").path) {
            let records = folder.appendingPathComponent("records")
            if manager.fileExists(atPath: records.path) { walk(records, into: &files, refused: &refused) }
            return
        }
        guard let enumerator = manager.enumerator(at: folder, includingPropertiesForKeys: [],
                                                  options: [.skipsHiddenFiles]) else { return }
        for case let url as URL in enumerator {
            guard let format = SourceFormat(fileName: url.lastPathComponent) else { continue }
            let file = knowledgeBase.relativePath(of: url)
            if Self.isSymbolicLink(url), !knowledgeBase.contains(url) {
                refused.append(Diagnostic(
                    rule: Self.symlinkEscape, severity: .error, file: file, span: SourceSpan(at: .fileStart),
                    message: "symbolic link leads outside the knowledge base",
                    hint: "copy the record into the KB instead of linking to it"))
                continue
            }
            files.insert(DiscoveredFile(url: url, file: file, format: format))
        }
    }

    /// `lstat` directly: Foundation's resource values cost more than parsing the file.
    private static func isSymbolicLink(_ url: URL) -> Bool {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return false }
        return info.st_mode & S_IFMT == S_IFLNK
    }
}
