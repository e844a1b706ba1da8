import Foundation

/// A file of the bundle being written, through POSIX calls. Foundation's `Data.write(to:)`
/// syncs every file to disk before it returns, and a bundle has tens of thousands of files: on
/// this project's machine, writing 10,000 small files took 3.1–4.1 s with a sync each, 0.2–1.7 s
/// without, and syncing the file system once after them 0.08 s. The staging folder syncs them
/// all at once before it is renamed into place (`BundleStaging.commit`).
final class OutputFile {
    private var descriptor: Int32
    /// The path the user knows it by, for error messages.
    private let path: String

    /// Creates (or empties) the file at `fullPath`, reported as `path`.
    init(creating fullPath: String, reportedAs path: String) throws(RunError) {
        descriptor = open(fullPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        self.path = path
        guard descriptor >= 0 else { throw Self.failure(path) }
    }

    deinit { if descriptor >= 0 { Foundation.close(descriptor) } }

    /// Closes the file; a write the system had deferred may fail only now.
    func close() throws(RunError) {
        let descriptor = self.descriptor
        self.descriptor = -1
        guard Foundation.close(descriptor) == 0 else { throw Self.failure(path) }
    }

    /// Writes all of `bytes`, however many calls the system takes to accept them.
    func write(_ bytes: [UInt8]) throws(RunError) {
        let isWritten = bytes.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                written += count
            }
            return true
        }
        guard isWritten else { throw Self.failure(path) }
    }

    /// The error of the last failed call, in the system's words.
    private static func failure(_ path: String) -> RunError {
        .unwritableOutput(path: path, reason: String(cString: strerror(errno)))
    }
}

/// Flushes to disk what was written on the file system that holds `folder`, in one call
/// where the system has one (Linux's `syncfs`, which also reports a write that failed), else
/// with `sync`.
func syncFileSystem(holding folder: String) throws(RunError) {
    #if os(Linux)
    typealias SyncFS = @convention(c) (Int32) -> Int32
    // `syncfs` is a GNU extension the Glibc module does not declare; glibc's default handle
    // (`RTLD_DEFAULT`) is the null one.
    if let symbol = dlsym(nil, "syncfs") {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unwritableOutput(path: folder, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        guard unsafeBitCast(symbol, to: SyncFS.self)(descriptor) == 0 else {
            throw .unwritableOutput(path: folder, reason: "the files could not be saved to disk: \(String(cString: strerror(errno)))")
        }
        return
    }
    #endif
    sync()
}

/// Flushes a folder's own entries to disk (a rename into it, for one); errors are ignored, as
/// the file system may not sync folders at all.
func syncFolder(_ folder: String) {
    let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    _ = fsync(descriptor)
    close(descriptor)
}
