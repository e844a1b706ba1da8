import Foundation

/// A file's identity on disk as `stat` reports it: size, inode, and the change and modification
/// times to the nanosecond. A file whose stamp is unchanged is taken to hold the same bytes, as
/// git's index and most linters' caches do.
struct FileStamp: Hashable, Sendable {
    let size: Int64
    let inode: UInt64
    let modified: Int64
    let changed: Int64

    /// The stamp of the file at `path`, nil when it cannot be read.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The stamp in what `stat` or `fstat` reported.
    init(_ info: stat) {
        size = Int64(info.st_size)
        inode = UInt64(info.st_ino)
        modified = Self.nanoseconds(info.st_mtim)
        changed = Self.nanoseconds(info.st_ctim)
    }

    init(size: Int64, inode: UInt64, modified: Int64, changed: Int64) {
        (self.size, self.inode, self.modified, self.changed) = (size, inode, modified, changed)
    }

    /// Whether the file was last written more than the clock's granularity before `moment`
    /// (nanoseconds since 1970), taken before the file was read. Only then is a digest of it safe
    /// to keep: a file written again in the same tick as the read it was digested from would
    /// keep its stamp with other bytes.
    func isSettled(before moment: Int64) -> Bool {
        max(modified, changed) < moment - 1_000_000_000
    }

    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return nanoseconds(time)
    }

    private static func nanoseconds(_ time: timespec) -> Int64 {
        Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
