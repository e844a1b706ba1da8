import Foundation

/// The errkb build that made a cache: a rebuilt errkb may digest records differently even when
/// its version number is the same. Known first by its file's stamp (size, inode, modification
/// and change times), which costs one `stat`; when that differs, as on a fresh checkout or a CI
/// machine given the cache of an earlier job, by the checksum of its bytes.
struct ProgramIdentity: Sendable {
    let stamp: String
    /// Worked out only when a stamp differs: it reads the whole program.
    let checksum: @Sendable () -> UInt64

    /// The running errkb.
    static let current = ProgramIdentity(stamp: currentStamp, checksum: { currentChecksum })

    private static let path: String = FileStamp(path: "/proc/self/exe") != nil ? "/proc/self/exe" : CommandLine.arguments[0]

    private static let currentStamp: String = {
        guard let stamp = FileStamp(path: path) else { return "unknown" }
        return "\(stamp.size)-\(stamp.inode)-\(stamp.modified)-\(stamp.changed)"
    }()

    /// 0 when the program cannot be read, which no cache then matches (`CheckCache` never takes
    /// a 0 as a match).
    private static let currentChecksum: UInt64 = checksum(ofFile: path).map { max(1, $0) } ?? 0

    /// `ByteWriter.checksum` of a file's bytes, read a MiB at a time: a program linked with its
    /// runtime is some 85 MB, which read whole raised `build`'s peak memory by as much.
    static func checksum(ofFile path: String) -> UInt64? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        var running = ByteWriter.RunningChecksum(count: Int(info.st_size))
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 8)
        defer { buffer.deallocate() }
        var total = 0
        while let filled = SourceLoader.fill(buffer, from: descriptor) {
            total += filled
            let piece = UnsafeRawBufferPointer(rebasing: buffer[..<filled])
            let taken = running.takeWords(of: piece)
            // Each piece but the last fills the buffer, a whole number of words. A file that
            // changed size while read is not the program that started.
            if filled < buffer.count {
                return total == Int(info.st_size) ? running.finish(tail: UnsafeRawBufferPointer(rebasing: piece[taken...])) : nil
            }
        }
        return nil
    }

    /// Whether a cache made by the program whose stamp and checksum were these was made by this one.
    func made(stamp other: String, checksum otherChecksum: UInt64) -> Bool {
        if other == stamp { return true }
        return otherChecksum != 0 && otherChecksum == checksum()
    }
}
