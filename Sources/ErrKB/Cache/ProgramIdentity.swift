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
    private static let currentChecksum: UInt64 = {
        guard let bytes = SourceLoader.contents(ofPath: path, upTo: Int.max)?.bytes else { return 0 }
        return max(1, ByteWriter.checksum(bytes))
    }()

    /// Whether a cache made by the program whose stamp and checksum were these was made by this one.
    func made(stamp other: String, checksum otherChecksum: UInt64) -> Bool {
        if other == stamp { return true }
        return otherChecksum != 0 && otherChecksum == checksum()
    }
}
