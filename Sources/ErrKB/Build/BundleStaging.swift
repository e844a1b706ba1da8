import Foundation
import Synchronization

/// A release bundle being written. Files go into a hidden folder beside the target as they are
/// made, so no more of the bundle than one file's worth is ever in memory, and the folder is
/// renamed over the target at the end: readers see the old bundle or the whole new one, never
/// half of one.
final class BundleStaging: Sendable {
    /// What the manifest says of one file.
    struct Entry: Sendable {
        let path: String
        let size: Int
        let sha256: String
    }

    /// A file written in parts, hashed as it goes; `finish` closes it.
    struct Stream {
        fileprivate let path: String
        fileprivate let file: OutputFile
        fileprivate var buffer: [UInt8] = []
        fileprivate var hasher = SHA256.Hasher()
        fileprivate var size = 0

        mutating func append(_ bytes: some Collection<UInt8>) throws(RunError) {
            buffer.append(contentsOf: bytes)
            if buffer.count >= 1 << 20 { try flush() }
        }

        /// Writes what is left and closes the file.
        mutating func finish() throws(RunError) -> Entry {
            try flush()
            try file.close()
            return Entry(path: path, size: size, sha256: hasher.hexDigest())
        }

        private mutating func flush() throws(RunError) {
            hasher.update(buffer)
            size += buffer.count
            try file.write(buffer)
            buffer.removeAll(keepingCapacity: true)
        }
    }

    let target: URL
    private let folder: URL
    private let folderPath: String
    /// Folders made so far: each record's file would otherwise ask to make its folder again.
    private let madeFolders = Mutex<Set<String>>([])
    /// The folders above the target that did not exist and were made for it, deepest first,
    /// once the first file is written; a discarded bundle removes them again.
    private let madeAncestors = Mutex<[URL]?>(nil)

    /// Nothing is created until the first file is written, so a build refused by its check
    /// leaves no trace, and a target that cannot be written does not hide the check's findings.
    init(target: URL) {
        self.target = target
        let pid = ProcessInfo.processInfo.processIdentifier
        folder = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).tmp-\(pid)")
        folderPath = folder.path
        try? FileManager.default.removeItem(at: folder)
    }

    /// Writes one whole file; safe to call from several threads for different paths.
    func write(_ bytes: [UInt8], to path: String) throws(RunError) -> Entry {
        let fullPath = try place(path)
        let file = try OutputFile(creating: fullPath, reportedAs: path)
        try file.write(bytes)
        try file.close()
        return Entry(path: path, size: bytes.count, sha256: SHA256.hexDigest(bytes))
    }

    /// Starts a file to be written in parts.
    func stream(to path: String) throws(RunError) -> Stream {
        Stream(path: path, file: try OutputFile(creating: try place(path), reportedAs: path))
    }

    /// The bytes of a file written before.
    func read(_ path: String) throws(RunError) -> [UInt8] {
        guard let bytes = SourceLoader.contents(ofPath: folderPath + "/" + path, upTo: Int.max)?.bytes else {
            throw .unwritableOutput(path: path, reason: "cannot read back the file just written")
        }
        return bytes
    }

    /// Puts the bundle in place of the target, keeping the old one until the new one is there.
    /// Its files reach the disk first (`syncFileSystem`), so that even a crash of the machine
    /// cannot leave a renamed bundle with files still empty; the rename itself is synced after.
    func commit() throws(RunError) {
        try syncFileSystem(holding: folderPath, reportedAs: target.path)
        let manager = FileManager.default
        let retired = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            let hadTarget = manager.fileExists(atPath: target.path)
            if hadTarget { try manager.moveItem(at: target, to: retired) }
            do {
                try manager.moveItem(at: folder, to: target)
            } catch {
                if hadTarget { try? manager.moveItem(at: retired, to: target) }
                throw error
            }
            if hadTarget { try? manager.removeItem(at: retired) }
            syncFolder(target.deletingLastPathComponent().path)
        } catch {
            discard()
            throw .unwritableOutput(path: target.path, reason: error.localizedDescription)
        }
    }

    /// Drops everything written, leaving the target and the folders above it as they were.
    func discard() {
        try? FileManager.default.removeItem(at: folder)
        for ancestor in madeAncestors.withLock({ $0 }) ?? [] { rmdir(ancestor.path) }
    }

    /// The full path of `path` inside the staging folder, its folder made. Paths come from
    /// validated ids; one that could leave the folder is refused anyway. Joined as strings: a
    /// URL made for every file of a large bundle cost more than writing the file.
    private func place(_ path: String) throws(RunError) -> String {
        guard !path.hasPrefix("/"), !path.split(separator: "/", omittingEmptySubsequences: false).contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }) else {
            throw .unwritableOutput(path: path, reason: "unsafe path in bundle")
        }
        try makeAncestors()
        let fullPath = folderPath + "/" + path
        guard let slash = fullPath.lastIndex(of: "/") else { return fullPath }
        let parent = String(fullPath[..<slash])
        guard !madeFolders.withLock({ $0.contains(parent) }) else { return fullPath }
        do { try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true) } catch {
            throw .unwritableOutput(path: path, reason: error.localizedDescription)
        }
        madeFolders.withLock { _ = $0.insert(parent) }
        return fullPath
    }

    /// Makes the folders above the target that are missing, once, remembering which.
    private func makeAncestors() throws(RunError) {
        try madeAncestors.withLock { (made: inout [URL]?) throws(RunError) in
            guard made == nil else { return }
            var missing: [URL] = []
            var current = target.deletingLastPathComponent()
            while !FileManager.default.fileExists(atPath: current.path), current.pathComponents.count > 1 {
                missing.append(current)
                current = current.deletingLastPathComponent()
            }
            made = missing
            do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
                throw .unwritableOutput(path: target.path, reason: error.localizedDescription)
            }
        }
    }
}
