import Foundation

/// The digests of record files from earlier runs, by file and stamp, so a run that needs most
/// of the KB only for the cross-record rules (`errkb lint FILE`, `--changed`) reads just the
/// files that changed. It lives in `.errkb-cache/` at the KB root, which ignores itself in git.
/// A cache from another errkb build or another schema, or a damaged one (its checksum tells),
/// is dropped whole; failing to write it never fails a run.
struct DigestCache: Sendable {
    /// What the cache knew of one file: its stamp, and its digest (nil when the file gave no record).
    struct Entry: Sendable {
        let stamp: FileStamp
        let digest: RecordDigest?
    }

    static let folderName = ".errkb-cache"
    static let fileName = "digests"
    /// Raised whenever what a digest holds or how it is written changes.
    static let formatVersion = 2

    private(set) var entries: [String: Entry] = [:]
    private let url: URL
    /// The version, format and schema the entries were made under.
    private let key: String

    /// The cache in `folder`, empty when there is none or it cannot be trusted, or when not
    /// `reading` it (a run that reads every file only writes the cache).
    init(folder: URL, schema: RecordSchema, reading: Bool = true) {
        url = folder.appendingPathComponent(Self.fileName)
        key = "errkb \(ErrKBVersion.current) \(Self.executableStamp) digests \(Self.formatVersion) schema "
            + SHA256.hexDigest(Array(CanonicalJSON.compactString(schema.document).utf8))
        entries = reading ? (try? Self.read(url, key: key)) ?? [:] : [:]
    }

    /// The running program's size and modification time: a rebuilt errkb may digest records
    /// differently even when its version number is the same.
    private static let executableStamp: String = {
        guard let stamp = FileStamp(path: "/proc/self/exe") ?? FileStamp(path: CommandLine.arguments[0]) else { return "unknown" }
        return "\(stamp.size)-\(stamp.modified)"
    }()

    /// The cached digest of `file` when its stamp is still `stamp`; nil on a miss. A digest
    /// without regex literals is a miss for a run that needs them.
    func lookup(_ file: String, stamp: FileStamp?, needsRegexLiterals: Bool) -> Entry? {
        guard let stamp, let entry = entries[file], entry.stamp == stamp else { return nil }
        if needsRegexLiterals, let digest = entry.digest, !digest.hasRegexLiterals { return nil }
        return entry
    }

    /// Replaces the entries with `fresh` and writes the cache when they differ (an unread cache
    /// is always written). Files written within a second of `runStart` are left out (see
    /// `FileStamp.isSettled`).
    mutating func update(_ fresh: [String: Entry], runStart: Int64) {
        let settled = fresh.filter { $0.value.stamp.isSettled(before: runStart) }
        guard settled.count != entries.count || settled.contains(where: { entries[$0.key]?.stamp != $0.value.stamp }) else { return }
        entries = settled
        write()
    }

    private func write() {
        var body = ByteWriter()
        body.write(entries.count)
        for (file, entry) in entries.sorted(by: { $0.key < $1.key }) {
            body.write(file)
            for number in [entry.stamp.size, Int64(bitPattern: entry.stamp.inode), entry.stamp.modified, entry.stamp.changed] {
                body.write(number)
            }
            body.write(entry.digest != nil)
            entry.digest?.write(to: &body)
        }
        var writer = ByteWriter()
        writer.write(key)
        writer.write(ByteWriter.checksum(body.bytes))
        writer.append(body)
        let folder = url.deletingLastPathComponent()
        let manager = FileManager.default
        try? manager.createDirectory(at: folder, withIntermediateDirectories: true)
        let ignore = folder.appendingPathComponent(".gitignore")
        if !manager.fileExists(atPath: ignore.path) {
            try? Data("# errkb's cache: safe to delete, never to commit.\n*\n".utf8).write(to: ignore)
        }
        // Written beside and renamed over: a reader sees the old cache or the new, never half.
        try? Data(writer.bytes).write(to: url, options: .atomic)
    }

    private static func read(_ url: URL, key: String) throws -> [String: Entry] {
        let data = try Data(contentsOf: url)
        return try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) throws(ByteReader.Malformed) -> [String: Entry] in
            var reader = ByteReader(bytes)
            guard try reader.readString() == key else { return [:] }
            guard try reader.readUInt64() == reader.checksumOfRest else { throw ByteReader.Malformed() }
            var entries: [String: Entry] = [:]
            let count = try reader.readCount()
            entries.reserveCapacity(count)
            for _ in 0..<count {
                let file = try reader.readString()
                let stamp = FileStamp(size: try reader.readInt64(), inode: UInt64(bitPattern: try reader.readInt64()),
                                      modified: try reader.readInt64(), changed: try reader.readInt64())
                let digest = try reader.readBool() ? try RecordDigest(from: &reader) : nil
                entries[file] = Entry(stamp: stamp, digest: digest)
            }
            guard reader.isAtEnd else { throw ByteReader.Malformed() }
            return entries
        }
    }
}
