import Foundation

/// Whether `build` may put its bundle at a folder. The bundle replaces the folder whole, so a
/// mistyped `--out` (`.`, `..`, `records`, a record's file) would delete sources, a repository,
/// anything: it takes only a folder that does not exist yet, an empty one, or an earlier bundle
/// (a folder with a `manifest.json`), and never one that holds the KB or the working directory,
/// nor one inside the records or the schema, where its JSON files would be read as sources.
enum BundleTarget {
    /// Throws, before anything is read or written, when `target` may not be replaced.
    static func check(_ target: URL, knowledgeBase: KnowledgeBase, recordsPath: String) throws(RunError) {
        let path = resolved(target)
        let shown = knowledgeBase.relativePath(of: target)
        let root = resolved(knowledgeBase.root)
        let workingDirectory = resolved(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        for (kept, what) in [(root, "the knowledge base"), (workingDirectory, "the working directory")] where holds(path, kept) {
            throw refusal(shown, "it holds \(what), and a bundle replaces its folder whole")
        }
        for (name, what) in [(recordsPath, "records"), ("schema", "schema")] {
            let folder = resolved(knowledgeBase.root.appendingPathComponent(name))
            guard holds(folder, path) else { continue }
            let place = folder == path ? "is the KB's \(what) folder" : "lies in the KB's \(what) folder"
            throw refusal(shown, "it \(place), where the bundle's JSON files would be read as sources")
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else { throw refusal(shown, "it is a file, and a bundle is a folder") }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        guard entries.isEmpty || entries.contains("manifest.json") else {
            throw refusal(shown, "it holds files and is not an errkb bundle (it has no manifest.json), and a bundle replaces its folder whole")
        }
    }

    /// The absolute path with links followed, so that a link to a folder is that folder.
    private static func resolved(_ url: URL) -> String {
        url.standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Whether the folder at `outer` is `inner` or holds it.
    private static func holds(_ outer: String, _ inner: String) -> Bool {
        inner == outer || inner.hasPrefix(outer.hasSuffix("/") ? outer : outer + "/")
    }

    private static func refusal(_ target: String, _ reason: String) -> RunError {
        .unwritableOutput(path: target, reason: "\(reason); name another --out")
    }
}
