import Foundation

/// What earlier `lint` and `validate` runs learned, so that a run reads only the files that changed:
/// - of each record file, by path and stamp: its digest for the cross-record rules, and its own
///   findings (diagnostics and suppression comments) when it was checked;
/// - of the whole KB: the cross-record rules' findings, by a key made of every digest.
///
/// `errkb lint FILE` and `--changed` take the other files' digests from it, and every run
/// takes an unchanged file's findings as they were and, when no digest changed (most edits
/// touch prose, not ids, regexes or links), the cross-record findings too. It lives in
/// `.errkb-cache/` at the KB root, which ignores itself in git, one file per run settings (as
/// ruff and SwiftLint keep one per configuration): `lint` and `validate` run different rules and
/// would otherwise overwrite each other's findings. A cache from another errkb build or another
/// schema, or a damaged one (its checksum tells), is dropped whole; findings for other days
/// (`TodayWindow`) are not used; failing to write it never fails a run.
///
/// A class: every file of a run asks it about itself, and copying a struct of this many fields
/// for each of 50,000 files took about a tenth of a `lint FILE`'s profile.
final class CheckCache: Sendable {
    /// What the cache knows of one file.
    struct Entry: Sendable {
        let stamp: FileStamp
        let digest: Digest
        /// The checksum of the digest's encoding (0 without one): the corpus key is made of these.
        let digestChecksum: UInt64
        /// The file's own findings, when a run under the cache's settings checked it.
        let findings: FileFindings?
        /// The checksum of the file's text (0 when it had none): a file whose stamp changed but
        /// whose text did not (touched, checked out again, or copied to another machine with the
        /// cache) is not checked again.
        var contentChecksum: UInt64 = 0
        /// The entry's bytes in the cache file, when it is as it was read there under the same
        /// settings: it is written back by copying them.
        var asRead: StoredBytes?
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
    /// How a cache file's name starts; the rest tells the settings apart.
    static let filePrefix = "checks-"
    /// The most cache files the folder keeps: the ones written last.
    static let keptFiles = 4
    /// A run over some files rewrites the cache when at least one entry in this many changed
    /// (see `update`): writing an entry costs about a hundredth of checking its file.
    static let rewriteRatio = 64
    /// Raised whenever what the cache holds or how it is written changes.
    static let formatVersion = 5

    let corpus: CorpusFindings?
    private let stored: StoredEntries
    private let url: URL
    /// The version, format and schema the entries were made under.
    private let key: String
    /// The errkb build that runs, and the checksum of the one that made the cache, when the two
    /// have one stamp (then a write need not read the program to give its checksum).
    private let program: ProgramIdentity
    private let programChecksumAsRead: UInt64?
    /// Whether this program knew the cache only by its checksum: it was copied, linked or moved
    /// since it wrote the cache. Such a cache is written again by the next run, even one that
    /// changed nothing, so that the runs after it know the program by its stamp: until then each
    /// read the whole program (85 MB), a tenth of `lint FILE` at 50,000 records.
    private let programStampDiffers: Bool
    /// The run's settings (`CheckRequest.cacheSettings`); findings made under others are dropped.
    private let settings: String
    /// Whether the cache read was made under `settings` (else writing it changes what it says).
    private let readUnderSameSettings: Bool

    /// The cache in `folder`, empty when there is none or it cannot be trusted, or when not
    /// `reading` it (a run that reads every file only writes the cache).
    init(folder: URL, schema: RecordSchema, settings: String, reading: Bool = true, program: ProgramIdentity = .current) {
        url = Self.file(in: folder, settings: settings)
        key = "errkb \(ErrKBVersion.current) checks \(Self.formatVersion) schema "
            + SHA256.hexDigest(Array(CanonicalJSON.compactString(schema.document).utf8))
        self.settings = settings
        self.program = program
        let read = reading ? try? Self.read(url, key: key, program: program) : nil
        programChecksumAsRead = reading ? read?.programChecksum : Self.programChecksum(inHeaderOf: url, key: key, program: program)
        programStampDiffers = read != nil && read?.programChecksum == nil
        readUnderSameSettings = read?.settings == settings
        stored = read?.entries ?? StoredEntries()
        corpus = readUnderSameSettings ? read?.corpus : nil
    }

    /// The cache file for runs under `settings`.
    static func file(in folder: URL, settings: String) -> URL {
        folder.appendingPathComponent(filePrefix + String(ByteWriter.checksum(settings), radix: 16))
    }

    /// The cached entry of `file` when its stamp is still `stamp`; nil on a miss. A digest
    /// without regex literals is a miss for a run that needs them.
    func lookup(_ file: String, stamp: FileStamp?, needsRegexLiterals: Bool) -> Entry? {
        guard let stamp, let slot = stored.slot(of: file), slot.stamp == stamp else { return nil }
        if needsRegexLiterals, !slot.hasRegexLiterals { return nil }
        return entry(of: slot)
    }

    /// The cached entry of `file` when its stamp changed but its text, whose checksum
    /// `contentChecksum` gives, did not: the entry under the new stamp.
    func lookup(_ file: String, stamp: FileStamp, needsRegexLiterals: Bool, contentChecksum: () -> UInt64?) -> Entry? {
        guard let slot = stored.slot(of: file), slot.contentChecksum != 0, slot.stamp != stamp,
              !needsRegexLiterals || slot.hasRegexLiterals, contentChecksum() == slot.contentChecksum,
              let entry = entry(of: slot) else { return nil }
        return Entry(stamp: stamp, digest: entry.digest, digestChecksum: entry.digestChecksum, findings: entry.findings,
                     contentChecksum: entry.contentChecksum)
    }

    /// The checksum of a file's text, as entries keep it.
    static func contentChecksum(of text: String) -> UInt64 {
        // Never 0, which stands for no text.
        max(1, ByteWriter.checksum(text))
    }

    /// Every entry, by path: for tests. A run asks `lookup` about its own files.
    var entries: [String: Entry] {
        var entries: [String: Entry] = [:]
        for slot in stored.slots { entries[stored.path(of: slot)] = entry(of: slot) }
        return entries
    }

    /// What a slot holds; its findings only when they were made under this run's settings.
    private func entry(of slot: StoredEntries.Slot) -> Entry? {
        let digest = slot.digest.map { Digest.stored(StoredDigest(bytes: StoredBytes(storage: stored.storage, range: $0)),
                                                      hasRegexLiterals: slot.hasRegexLiterals) } ?? .none
        guard readUnderSameSettings else {
            return Entry(stamp: slot.stamp, digest: digest, digestChecksum: slot.digestChecksum, findings: nil,
                         contentChecksum: slot.contentChecksum)
        }
        var findings: FileFindings?
        if let range = slot.findings {
            // Checked by the cache's checksum: bytes that do not decode are a miss, never trusted.
            guard let decoded = StoredBytes(storage: stored.storage, range: range).decoded({ try FileFindings(from: &$0) }) else { return nil }
            findings = decoded
        }
        return Entry(stamp: slot.stamp, digest: digest, digestChecksum: slot.digestChecksum, findings: findings,
                     contentChecksum: slot.contentChecksum, asRead: StoredBytes(storage: stored.storage, range: slot.whole))
    }

    /// The checksum of a digest's encoding; 0 for no digest (or a stored one: its checksum is kept).
    static func checksum(of digest: RecordDigest?) -> UInt64 {
        guard let digest else { return 0 }
        var writer = ByteWriter()
        digest.write(to: &writer)
        return ByteWriter.checksum(writer.bytes)
    }

    /// What the cross-record findings of a KB depend on: every digest, by file. A sum of one
    /// term per file (`corpusKeyTerm`), so that it needs no sorting and its terms can be worked
    /// out side by side: files come in whatever order a run has them.
    static func corpusKey(_ digests: [(file: String, checksum: UInt64)]) -> UInt64 {
        digests.reduce(0) { $0 &+ corpusKeyTerm(file: $1.file, checksum: $1.checksum) }
    }

    /// One file's share of the corpus key: 0 for a file without a digest (checksum 0).
    static func corpusKeyTerm(file: String, checksum: UInt64) -> UInt64 {
        guard checksum != 0 else { return 0 }
        // Mixed, so that equal checksums under two files do not cancel out.
        return withUnsafeBytes(of: (ByteWriter.checksum(file), checksum)) { ByteWriter.checksum($0) }
    }

    /// Writes the cache with `fresh` as its entries (and `corpus` as the cross-record findings,
    /// when given) when that changes what it holds. A file written within a second of
    /// `runStart` keeps its old entry, which its new stamp no longer matches (see
    /// `FileStamp.isSettled`). The cache as read stays as it was.
    ///
    /// A run that checked only some of the KB's files (`coversKB` false: `lint FILE`) rewrites
    /// the cache only when at least one entry in `rewriteRatio` changed: rewriting every entry
    /// (20 MB at 50,000 records, a tenth of a second) costs more than checking a few files again
    /// on the next run, which finds their old entries stale and reads them.
    ///
    /// `fresh` is gone through twice when the cache is written, once otherwise: most runs write
    /// nothing, and need no array of every entry.
    func update(_ fresh: some Sequence<(file: String, entry: Entry)>, corpus newCorpus: CorpusFindings?, runStart: Int64,
                coversKB: Bool = true) {
        update(fresh, unchangedCount: 0, others: fresh, corpus: newCorpus, runStart: runStart, coversKB: coversKB)
    }

    /// `update(fresh:)` told which entries of `fresh` are this cache's own as it read them
    /// (`holdsAsRead`): `unchangedCount` of them, and `others` are the rest. Only the others are
    /// gone through to find whether anything changed: in `lint FILE` at 50,000 records, copying
    /// every entry to learn that it is the cache's own took 15 ms, for one file that changed.
    func update(_ fresh: some Sequence<(file: String, entry: Entry)>, unchangedCount: Int, others: some Sequence<(file: String, entry: Entry)>,
                corpus newCorpus: CorpusFindings?, runStart: Int64, coversKB: Bool) {
        // Most runs change nothing: find that out before writing anything.
        var (keptEntries, changedEntries) = (unchangedCount, 0)
        for (file, entry) in others {
            let (kept, isNew) = kept(entry, of: file, runStart: runStart)
            if kept != nil { keptEntries += 1 }
            if isNew { changedEntries += 1 }
        }
        let isChanged = !readUnderSameSettings || programStampDiffers || (newCorpus != nil && newCorpus?.key != corpus?.key)
            || changedEntries > 0
        // Unchanged, every file kept has its own old entry: any other entry is of a file gone.
        guard isChanged || keptEntries != stored.slots.count else { return }
        if !coversKB, readUnderSameSettings, !programStampDiffers, changedEntries * Self.rewriteRatio < keptEntries { return }
        var entries: [(file: String, entry: Entry)] = []
        entries.reserveCapacity(keptEntries)
        for (file, entry) in fresh {
            if let kept = kept(entry, of: file, runStart: runStart).entry { entries.append((file, kept)) }
        }
        write(entries, corpus: newCorpus ?? corpus)
    }

    /// Whether an entry's bytes (`Entry.asRead`) are this cache's own as it read them: such an
    /// entry is kept as it is.
    func holdsAsRead(_ bytes: StoredBytes?) -> Bool {
        bytes?.storage === stored.storage
    }

    /// The entry the cache is to keep of `file` given what the run found (`entry`), and whether
    /// it differs from the one it holds; nil for a file written too lately to be cached that the
    /// cache does not know.
    private func kept(_ entry: Entry, of file: String, runStart: Int64) -> (entry: Entry?, isNew: Bool) {
        // Taken from this cache as it was: unchanged.
        if holdsAsRead(entry.asRead) { return (entry, false) }
        let old = stored.slot(of: file).flatMap(self.entry(of:))
        guard entry.stamp.isSettled(before: runStart) else { return (old, false) }
        // The same stamp with findings for other days: the file was checked again on a day
        // outside the old ones.
        if let old, old.stamp == entry.stamp, old.findings?.days == entry.findings?.days { return (old, false) }
        return (entry, true)
    }

    private func write(_ entries: [(file: String, entry: Entry)], corpus: CorpusFindings?) {
        var body = ByteWriter()
        // About what an entry takes (a digest of a few hundred bytes): growing by doubling
        // would briefly hold the cache one and a half times over.
        body.reserveCapacity(max(stored.storage.bytes.count, entries.count * 448))
        body.write(settings)
        body.write(corpus != nil)
        if let corpus {
            body.write(corpus.key)
            FileFindings.write(corpus.diagnostics, to: &body)
        }
        body.write(entries.count)
        for (file, entry) in entries {
            if let asRead = entry.asRead {
                asRead.write(to: &body)
            } else {
                Self.write(entry, of: file, to: &body)
            }
        }
        var header = ByteWriter()
        header.write(key)
        header.write(program.stamp)
        header.write(programChecksumAsRead ?? program.checksum())
        header.write(ByteWriter.checksum(body.bytes))
        let folder = url.deletingLastPathComponent()
        let manager = FileManager.default
        try? manager.createDirectory(at: folder, withIntermediateDirectories: true)
        let ignore = folder.appendingPathComponent(".gitignore")
        if !manager.fileExists(atPath: ignore.path) {
            try? Data("# errkb's cache: safe to delete, never to commit.\n*\n".utf8).write(to: ignore)
        }
        // What earlier errkb builds kept there: digests only, then one file for every settings.
        for legacy in ["digests", "checks"] { try? manager.removeItem(at: folder.appendingPathComponent(legacy)) }
        // Written beside and renamed over: a reader sees the old cache or the new, never half.
        // The header and the body go out one after the other rather than joined into one more
        // copy of the whole cache (tens of megabytes at 50,000 records).
        // Named apart from any other writer's, even one with the same process id in another container.
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        guard manager.createFile(atPath: temporary.path, contents: nil), let handle = try? FileHandle(forWritingTo: temporary) else { return }
        let isWritten = (try? handle.write(contentsOf: header.bytes)) != nil && (try? handle.write(contentsOf: body.bytes)) != nil
        try? handle.close()
        if !isWritten || rename(temporary.path, url.path) != 0 { try? manager.removeItem(at: temporary) }
        Self.prune(folder, keeping: url)
    }

    /// Removes all but the `keptFiles` cache files written last (and never `current`): each config
    /// a KB was ever checked under would otherwise leave its cache behind.
    private static func prune(_ folder: URL, keeping current: URL) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder.path) else { return }
        let others = names.filter { $0.hasPrefix(filePrefix) && $0 != current.lastPathComponent }.compactMap { name -> (URL, Int64)? in
            let file = folder.appendingPathComponent(name)
            return FileStamp(path: file.path).map { (file, $0.modified) }
        }
        for (file, _) in others.sorted(by: { $0.1 > $1.1 }).dropFirst(keptFiles - 1) { try? manager.removeItem(at: file) }
    }
}
