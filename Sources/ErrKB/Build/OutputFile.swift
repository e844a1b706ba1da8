import Foundation

/// A file of the bundle being written, through POSIX calls. Foundation's `Data.write(to:)`
/// syncs every file to disk before it returns, and a bundle has tens of thousands of files: on
/// this project's machine, writing 10,000 small files took 3.1–4.1 s with a sync each, 0.2–1.7 s
/// without, and syncing the file system once after them 0.08 s. On Linux the staging folder
/// syncs them all at once before it is renamed into place (`BundleStaging.commit`); elsewhere,
/// with no `syncfs`, each file is synced as it is closed.
final class OutputFile {
    private var descriptor: Int32
    /// The path the user knows it by, for error messages.
    private let path: String

    /// Creates (or empties) the file at `fullPath`, reported as `path`.
    init(creating fullPath: String, reportedAs path: String) throws(RunError) {
        descriptor = open(fullPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        self.path = path
        guard descriptor >= 0 else { throw Self.failure(path, errno) }
    }

    deinit { if descriptor >= 0 { Foundation.close(descriptor) } }

    /// Closes the file; a write the system had deferred may fail only now.
    func close() throws(RunError) {
        let descriptor = self.descriptor
        self.descriptor = -1
        #if !os(Linux)
        guard fsync(descriptor) == 0 else {
            let error = errno
            Foundation.close(descriptor)
            throw Self.failure(path, error)
        }
        #endif
        guard Foundation.close(descriptor) == 0 else { throw Self.failure(path, errno) }
    }

    /// Writes all of `bytes`, however many calls the system takes to accept them.
    func write(_ bytes: [UInt8]) throws(RunError) {
        let error = bytes.withUnsafeBytes { buffer in
            Self.writeAll(buffer) { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        }
        if let error { throw Self.failure(path, error) }
    }

    /// Hands `buffer` to `write` until it has taken every byte, going on from where it stopped
    /// after a short write or an interrupted one; nil, or the `errno` of the call that failed.
    static func writeAll(_ buffer: UnsafeRawBufferPointer, _ write: (UnsafeRawBufferPointer) -> Int) -> Int32? {
        var written = 0
        while written < buffer.count {
            let count = write(UnsafeRawBufferPointer(rebasing: buffer[written...]))
            if count < 0, errno == EINTR { continue }
            // A write that takes nothing and reports no error would loop for ever.
            guard count > 0 else { return count == 0 ? EIO : errno }
            written += count
        }
        return nil
    }

    /// `error` (an `errno`) in the system's words.
    private static func failure(_ path: String, _ error: Int32) -> RunError {
        .unwritableOutput(path: path, reason: String(cString: strerror(error)))
    }
}

/// Flushes to disk what was written on the file system that holds `folder` (reported as
/// `path`), in one call where the system has one: Linux's `syncfs`, which also reports a write
/// that failed. Elsewhere each file was synced as it was closed (`OutputFile.close`).
func syncFileSystem(holding folder: String, reportedAs path: String) throws(RunError) {
    #if os(Linux)
    typealias SyncFS = @convention(c) (Int32) -> Int32
    // `syncfs` is a GNU extension the Glibc module does not declare; glibc's default handle
    // (`RTLD_DEFAULT`) is the null one. A C library without it gets `sync`, which reports nothing.
    guard let symbol = dlsym(nil, "syncfs") else {
        sync()
        return
    }
    guard let directory = OpenDirectory(path: folder), unsafeBitCast(symbol, to: SyncFS.self)(directory.descriptor) == 0 else {
        throw .unwritableOutput(path: path, reason: "the files could not be saved to disk: \(String(cString: strerror(errno)))")
    }
    #endif
}

/// Flushes a folder's own entries to disk (a rename into it, for one); errors are ignored, as
/// the file system may not sync folders at all.
func syncFolder(_ folder: String) {
    guard let directory = OpenDirectory(path: folder) else { return }
    _ = fsync(directory.descriptor)
}
