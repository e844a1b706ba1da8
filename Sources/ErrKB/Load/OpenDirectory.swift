import Foundation

/// A folder held open, so that files are looked up from it rather than from the file system's
/// root: the stamps of tens of thousands of files under the KB root then walk two or three
/// path components each, not every component of the root's own path again.
final class OpenDirectory: Sendable {
    let descriptor: Int32

    init?(path: String) {
        descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
    }

    // A failed init runs this too: closing -1 would overwrite the `errno` of the failed open.
    deinit { if descriptor >= 0 { close(descriptor) } }

    /// The stamp of the file at `path`, relative to this folder (an absolute path is taken as
    /// it is); nil when it cannot be read.
    func stamp(of path: String) -> FileStamp? {
        var info = stat()
        guard fstatat(descriptor, path, &info, 0) == 0 else { return nil }
        return FileStamp(info)
    }
}
