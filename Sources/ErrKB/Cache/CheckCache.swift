import Foundation

/// What earlier `lint` runs learned, so that a run reads only the files that changed:
/// - of each record file, by path and stamp: its digest for the cross-record rules, and its own
///   findings (diagnostics and suppression comments) when it was checked;
/// - of the whole KB: the cross-record rules' findings, by a key made of every digest.
///
/// `errkb lint FILE` and `--changed` take the other files' digests from it, and every `lint`
/// takes an unchanged file's findings as they were and, when no digest changed (most edits
/// touch prose, not ids, regexes or links), the cross-record findings too. It lives in
/// `.errkb-cache/` at the KB root, which ignores itself in git. A cache from another errkb build
/// or another schema, or a damaged one (its checksum tells), is dropped whole; findings made
/// under other settings (rules, config, limits) or for other days (`TodayWindow`) are not used;
/// failing to write it never fails a run.
struct CheckCache: Sendable {
    /// What the cache knows of one file.
    struct Entry: Sendable {
        let stamp: FileStamp
        let digest: Digest
        /// The checksum of the digest's encoding (0 without one): the corpus key is made of these.
        let digestChecksum: UInt64
        /// The file's own findings, when a run under the cache's settings checked it.
        let findings: FileFindings?
    }

    /// A file's digest as an entry holds it.
    enum Digest: Sendable {
        /// The file gave no record.
        case none
        /// Worked out by this run.
        case fresh(RecordDigest)
        /// As read from the cache, decoded when a run needs it.
        case stored(StoredDigest, hasRegexLiterals: Bool)

        init(_ digest: RecordDigest?) { self = digest.map { .fresh($0) } ?? .none }

        var exists: Bool {
            if case .none = self { return false }
            return true
        }

        var hasRegexLiterals: Bool {
            switch self {
            case .none: true
            case .fresh(let digest): digest.hasRegexLiterals
            case .stored(_, let hasRegexLiterals): hasRegexLiterals
            }
        }
    }

    /// The cross-record rules' findings on a whole KB, and the key of the digests they came from.
    struct CorpusFindings: Sendable {
        let key: UInt64
        let diagnostics: [Diagnostic]
    }

    static let folderName = ".errkb-cache"
    static let fileName = "checks"
    /// Raised whenever what the cache holds or how it is written changes.
    static let formatVersion = 3

    private(set) var entries: [String: Entry] = [:]
    private(set) var corpus: CorpusFindings?
    private let url: URL
    /// The version, format and schema the entries were made under.
    private let key: String
    /// The run's settings (`CheckRequest.cacheSettings`); findings made under others are dropped.
    private let settings: String
    /// Whether the cache read was made under `settings` (else writing it changes what it says).
    private var readUnderSameSettings = false

    /// The cache in `folder`, empty when there is none or it cannot be trusted, or when not
    /// `reading` it (a run that reads every file only writes the cache).
    init(folder: URL, schema: RecordSchema, settings: String, reading: Bool = true) {
        url = folder.appendingPathComponent(Self.fileName)
        key = "errkb \(ErrKBVersion.current) \(Self.executableStamp) checks \(Self.formatVersion) schema "
            + SHA256.hexDigest(Array(CanonicalJSON.compactString(schema.document).utf8))
        self.settings = settings
        guard reading, let read = try? Self.read(url, key: key) else { return }
        readUnderSameSettings = read.settings == settings
        entries = readUnderSameSettings ? read.entries : read.entries.mapValues {
            Entry(stamp: $0.stamp, digest: $0.digest, digestChecksum: $0.digestChecksum, findings: nil)
        }
        corpus = readUnderSameSettings ? read.corpus : nil
    }

    /// The running program's stamp (size, inode, modification and change times): a rebuilt
    /// errkb may digest records differently even when its version number is the same, and some
    /// packagers give every file one modification time.
    private static let executableStamp: String = {
        guard let stamp = FileStamp(path: "/proc/self/exe") ?? FileStamp(path: CommandLine.arguments[0]) else { return "unknown" }
        return "\(stamp.size)-\(stamp.inode)-\(stamp.modified)-\(stamp.changed)"
    }()

    /// The cached entry of `file` when its stamp is still `stamp`; nil on a miss. A digest
    /// without regex literals is a miss for a run that needs them.
    func lookup(_ file: String, stamp: FileStamp?, needsRegexLiterals: Bool) -> Entry? {
        guard let stamp, let entry = entries[file], entry.stamp == stamp else { return nil }
        if needsRegexLiterals, !entry.digest.hasRegexLiterals { return nil }
        return entry
    }

    /// The checksum of a digest's encoding; 0 for no digest (or a stored one: its checksum is kept).
    static func checksum(of digest: RecordDigest?) -> UInt64 {
        guard let digest else { return 0 }
        var writer = ByteWriter()
        digest.write(to: &writer)
        return ByteWriter.checksum(writer.bytes)
    }

    /// What the cross-record findings of a KB depend on: every digest, by file.
    static func corpusKey(_ digests: [(file: String, checksum: UInt64)]) -> UInt64 {
        var writer = ByteWriter()
        for digest in digests.sorted(by: { $0.file < $1.file }) {
            writer.write(digest.file)
            writer.write(digest.checksum)
        }
        return ByteWriter.checksum(writer.bytes)
    }

    /// Replaces the entries with `fresh` (and the corpus findings with `corpus`, when given) and
    /// writes the cache when that changes what it holds. A file written within a second of
    /// `runStart` keeps its old entry, which its new stamp no longer matches (see
    /// `FileStamp.isSettled`).
    mutating func update(_ fresh: [(file: String, entry: Entry)], corpus newCorpus: CorpusFindings?, runStart: Int64) {
        // Most runs change nothing: find that out before building anything.
        var isChanged = !readUnderSameSettings || (newCorpus != nil && newCorpus?.key != corpus?.key)
        var keptCount = 0
        for (file, entry) in fresh {
            let old = entries[file]
            if entry.stamp.isSettled(before: runStart) {
                keptCount += 1
                // The same stamp with findings for other days: the file was checked again on a day
                // outside the old ones.
                if let old, old.stamp == entry.stamp, old.findings?.days == entry.findings?.days { continue }
                isChanged = true
            } else if old != nil {
                keptCount += 1
            }
        }
        // Unchanged, every file kept has its own old entry: any other entry is of a file gone.
        guard isChanged || keptCount != entries.count else { return }
        var updated: [String: Entry] = [:]
        updated.reserveCapacity(fresh.count)
        for (file, entry) in fresh {
            if entry.stamp.isSettled(before: runStart) {
                updated[file] = entry
            } else if let old = entries[file] {
                updated[file] = old
            }
        }
        entries = updated
        corpus = newCorpus ?? corpus
        readUnderSameSettings = true
        write()
    }

    private func write() {
        var body = ByteWriter()
        // About what an entry takes (a digest of a few hundred bytes): growing by doubling
        // would briefly hold the cache one and a half times over.
        body.reserveCapacity(entries.count * 448)
        body.write(settings)
        body.write(corpus != nil)
        if let corpus {
            body.write(corpus.key)
            FileFindings.write(corpus.diagnostics, to: &body)
        }
        body.write(entries.count)
        for (file, entry) in entries.sorted(by: { $0.key < $1.key }) {
            body.write(file)
            for number in [entry.stamp.size, Int64(bitPattern: entry.stamp.inode), entry.stamp.modified, entry.stamp.changed] {
                body.write(number)
            }
            switch entry.digest {
            case .none:
                body.write(false)
            case .fresh(let digest):
                var encoded = ByteWriter()
                digest.write(to: &encoded)
                body.write(true)
                body.write(digest.hasRegexLiterals)
                body.write(encoded.bytes.count)
                body.append(encoded)
            case .stored(let stored, let hasRegexLiterals):
                body.write(true)
                body.write(hasRegexLiterals)
                body.write(stored.range.count)
                stored.write(to: &body)
            }
            body.write(entry.digestChecksum)
            body.write(entry.findings != nil)
            entry.findings?.write(to: &body)
        }
        var header = ByteWriter()
        header.write(key)
        header.write(ByteWriter.checksum(body.bytes))
        let folder = url.deletingLastPathComponent()
        let manager = FileManager.default
        try? manager.createDirectory(at: folder, withIntermediateDirectories: true)
        let ignore = folder.appendingPathComponent(".gitignore")
        if !manager.fileExists(atPath: ignore.path) {
            try? Data("# errkb's cache: safe to delete, never to commit.\n*\n".utf8).write(to: ignore)
        }
        // What earlier errkb builds kept there (digests only).
        try? manager.removeItem(at: folder.appendingPathComponent("digests"))
        // Written beside and renamed over: a reader sees the old cache or the new, never half.
        // The header and the body go out one after the other rather than joined into one more
        // copy of the whole cache (tens of megabytes at 50,000 records).
        // Named apart from any other writer's, even one with the same process id in another container.
        let temporary = folder.appendingPathComponent(".\(Self.fileName).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        guard manager.createFile(atPath: temporary.path, contents: nil), let handle = try? FileHandle(forWritingTo: temporary) else { return }
        let isWritten = (try? handle.write(contentsOf: header.bytes)) != nil && (try? handle.write(contentsOf: body.bytes)) != nil
        try? handle.close()
        if !isWritten || rename(temporary.path, url.path) != 0 { try? manager.removeItem(at: temporary) }
    }

    /// What a cache file holds.
    private struct Contents {
        let settings: String
        let corpus: CorpusFindings?
        let entries: [String: Entry]
    }

    private static func read(_ url: URL, key: String) throws -> Contents {
        let storage = StoredDigest.Storage(Array(try Data(contentsOf: url)))
        return try storage.bytes.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) throws(ByteReader.Malformed) -> Contents in
            var reader = ByteReader(bytes)
            guard try reader.readString() == key else { throw ByteReader.Malformed() }
            guard try reader.readUInt64() == reader.checksumOfRest else { throw ByteReader.Malformed() }
            let settings = try reader.readString()
            let corpus = try reader.readBool() ? CorpusFindings(key: try reader.readUInt64(), diagnostics: try FileFindings.readDiagnostics(from: &reader)) : nil
            var entries: [String: Entry] = [:]
            let count = try reader.readCount()
            entries.reserveCapacity(count)
            for _ in 0..<count {
                let file = try reader.readString()
                let stamp = FileStamp(size: try reader.readInt64(), inode: UInt64(bitPattern: try reader.readInt64()),
                                      modified: try reader.readInt64(), changed: try reader.readInt64())
                var digest = Digest.none
                // Skipped over, not decoded: see `StoredDigest`.
                if try reader.readBool() {
                    let hasRegexLiterals = try reader.readBool()
                    digest = .stored(StoredDigest(storage: storage, range: try reader.skip(try reader.readCount())), hasRegexLiterals: hasRegexLiterals)
                }
                let checksum = try reader.readUInt64()
                let findings = try reader.readBool() ? try FileFindings(from: &reader) : nil
                entries[file] = Entry(stamp: stamp, digest: digest, digestChecksum: checksum, findings: findings)
            }
            guard reader.isAtEnd else { throw ByteReader.Malformed() }
            return Contents(settings: settings, corpus: corpus, entries: entries)
        }
    }
}
