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
        fileprivate let handle: FileHandle
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
            try? handle.close()
            return Entry(path: path, size: size, sha256: hasher.hexDigest())
        }

        private mutating func flush() throws(RunError) {
            hasher.update(buffer)
            size += buffer.count
            do { try handle.write(contentsOf: buffer) } catch { throw .unwritableOutput(path: path, reason: error.localizedDescription) }
            buffer.removeAll(keepingCapacity: true)
        }
    }

    let target: URL
    private let folder: URL
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
        try? FileManager.default.removeItem(at: folder)
    }

    /// Writes one whole file; safe to call from several threads for different paths.
    func write(_ bytes: [UInt8], to path: String) throws(RunError) -> Entry {
        let url = try place(path)
        do { try Data(bytes).write(to: url) } catch { throw .unwritableOutput(path: path, reason: error.localizedDescription) }
        return Entry(path: path, size: bytes.count, sha256: SHA256.hexDigest(bytes))
    }

    /// Starts a file to be written in parts.
    func stream(to path: String) throws(RunError) -> Stream {
        let url = try place(path)
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
              let handle = FileHandle(forWritingAtPath: url.path) else {
            throw .unwritableOutput(path: path, reason: "cannot create the file")
        }
        return Stream(path: path, handle: handle)
    }

    /// The bytes of a file written before.
    func read(_ path: String) throws(RunError) -> [UInt8] {
        do { return [UInt8](try Data(contentsOf: folder.appendingPathComponent(path))) } catch {
            throw .unwritableOutput(path: path, reason: error.localizedDescription)
        }
    }

    /// Puts the bundle in place of the target, keeping the old one until the new one is there.
    func commit() throws(RunError) {
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

    /// The URL for `path` inside the staging folder, its folder made. Paths come from validated
    /// ids; one that could leave the folder is refused anyway.
    private func place(_ path: String) throws(RunError) -> URL {
        guard !path.hasPrefix("/"), !path.split(separator: "/", omittingEmptySubsequences: false).contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }) else {
            throw .unwritableOutput(path: path, reason: "unsafe path in bundle")
        }
        try makeAncestors()
        let url = folder.appendingPathComponent(path)
        let parent = url.deletingLastPathComponent()
        guard !madeFolders.withLock({ $0.contains(parent.path) }) else { return url }
        do { try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true) } catch {
            throw .unwritableOutput(path: path, reason: error.localizedDescription)
        }
        madeFolders.withLock { _ = $0.insert(parent.path) }
        return url
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
