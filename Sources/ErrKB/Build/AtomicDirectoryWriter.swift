import Foundation

/// Writes a folder so that readers see the old one or the complete new one, never a half-written
/// one: files go into a temporary folder beside the target, which is renamed into place at the end.
enum AtomicDirectoryWriter {
    static func write(_ files: [BundleFile], to target: URL) throws(RunError) {
        let manager = FileManager.default
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(name).tmp-\(pid)")
        let retired = parent.appendingPathComponent(".\(name).old-\(pid)")
        do {
            try? manager.removeItem(at: staging)
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            if let unsafe = files.first(where: { !Self.isSafe($0.path) }) {
                throw RunError.unwritableOutput(path: unsafe.path, reason: "unsafe path in bundle")
            }
            let folders = Set(files.map { staging.appendingPathComponent($0.path).deletingLastPathComponent() })
            for folder in folders.sorted(by: { $0.path < $1.path }) {
                try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            }
            let failures = files.parallelMap { file -> String? in
                do { try Data(file.bytes).write(to: staging.appendingPathComponent(file.path)) } catch { return "\(file.path): \(error.localizedDescription)" }
                return nil
            }
            if let failure = failures.compactMap({ $0 }).first { throw RunError.unwritableOutput(path: target.path, reason: failure) }
            let hadTarget = manager.fileExists(atPath: target.path)
            if hadTarget { try manager.moveItem(at: target, to: retired) }
            do {
                try manager.moveItem(at: staging, to: target)
            } catch {
                if hadTarget { try? manager.moveItem(at: retired, to: target) }
                throw error
            }
            if hadTarget { try? manager.removeItem(at: retired) }
        } catch let error as RunError {
            try? manager.removeItem(at: staging)
            throw error
        } catch {
            try? manager.removeItem(at: staging)
            throw .unwritableOutput(path: target.path, reason: error.localizedDescription)
        }
    }

    /// Paths come from validated ids; this refuses anything that could leave the folder anyway.
    private static func isSafe(_ path: String) -> Bool {
        !path.hasPrefix("/") && !path.split(separator: "/").contains { $0 == ".." || $0 == "." || $0.isEmpty }
    }
}
