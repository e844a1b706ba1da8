import Foundation

/// A git revision of the repository holding the KB, read with `git show REV:path`.
struct GitRevision: Sendable {
    /// The repository's top folder.
    let topLevel: URL
    let revision: String

    /// Finds the repository around `directory` and checks that `revision` names a commit.
    init(_ revision: String, around directory: URL, option: String = "--since") throws(RunError) {
        guard let top = Self.git(["rev-parse", "--show-toplevel"], in: directory).flatMap({ String(decoding: $0, as: UTF8.self) })?
            .trimmingCharacters(in: .whitespacesAndNewlines), !top.isEmpty else {
            throw .badArgument("\(option) needs a git repository, and \(directory.path) is not inside one")
        }
        guard !revision.hasPrefix("-"), Self.git(["rev-parse", "--verify", "--quiet", revision + "^{commit}"], in: URL(fileURLWithPath: top)) != nil else {
            throw .badArgument("\(option) \(revision): no such revision in the repository")
        }
        self.topLevel = URL(fileURLWithPath: top).resolvingSymlinksInPath()
        self.revision = revision
    }

    /// The bytes of `url` at the revision, nil when the file did not exist there.
    func contents(of url: URL) -> [UInt8]? {
        let path = url.resolvingSymlinksInPath().path
        let top = topLevel.path.hasSuffix("/") ? topLevel.path : topLevel.path + "/"
        guard path.hasPrefix(top) else { return nil }
        return Self.git(["show", "\(revision):\(path.dropFirst(top.count))"], in: topLevel).map { [UInt8]($0) }
    }

    /// Files under `folder` added or changed since the revision (committed or not, untracked
    /// included), deleted ones left out: what a pull request touches.
    func changedFiles(under folder: URL) -> [URL] {
        let changed = Self.git(["diff", "--name-only", "--diff-filter=d", revision, "--", folder.path], in: topLevel) ?? Data()
        let untracked = Self.git(["ls-files", "--others", "--exclude-standard", "--full-name", "--", folder.path], in: topLevel) ?? Data()
        let names = (String(decoding: changed, as: UTF8.self) + "\n" + String(decoding: untracked, as: UTF8.self))
            .split(separator: "\n").map(String.init)
        return Set(names).sorted().map { topLevel.appendingPathComponent($0) }
            .filter { SourceFormat(fileName: $0.lastPathComponent) != nil && FileManager.default.fileExists(atPath: $0.path) }
    }

    /// Runs `git ARGS` in `directory`; its standard output when it exits 0.
    private static func git(_ arguments: [String], in directory: URL) -> Data? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory.path] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? data : nil
    }
}
