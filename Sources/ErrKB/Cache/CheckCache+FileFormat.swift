import Foundation

/// The cache file's layout: a header (key, the program that wrote it, the body's checksum) and a
/// body (settings, the cross-record findings, then every entry), each entry's parts
/// length-prefixed so that a read steps over what it does not decode.
extension CheckCache {
    /// One entry, laid out as `read` finds its parts: path, stamp, content and digest checksums,
    /// digest and findings, each of the last two length-prefixed so that a reader can step over it.
    static func write(_ entry: Entry, of file: String, to body: inout ByteWriter) {
        body.write(file)
        for number in [entry.stamp.size, Int64(bitPattern: entry.stamp.inode), entry.stamp.modified, entry.stamp.changed] {
            body.write(number)
        }
        body.write(entry.contentChecksum)
        body.write(entry.digestChecksum)
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
            body.write(stored.bytes.range.count)
            stored.bytes.write(to: &body)
        }
        body.write(entry.findings != nil)
        if let findings = entry.findings {
            var encoded = ByteWriter()
            findings.write(to: &encoded)
            body.write(encoded.bytes.count)
            body.append(encoded)
        }
    }

    /// The program checksum in a cache file's header, when this program wrote it: a run that
    /// writes the cache without reading it (`build`) need not read the whole program (85 MB,
    /// some 40% of `build`'s instructions on a small KB) for the checksum it writes. Only this
    /// program's stamp is taken: a damaged checksum here could only make another program's
    /// later run miss the cache.
    static func programChecksum(inHeaderOf url: URL, key: String, program: ProgramIdentity) -> UInt64? {
        guard let bytes = SourceLoader.contents(ofPath: url.path, upTo: 4096)?.bytes else { return nil }
        return bytes.withUnsafeBytes { raw -> UInt64? in
            var reader = ByteReader(raw)
            guard let maker = try? programThatWrote(&reader, key: key), maker.stamp == program.stamp else { return nil }
            return maker.checksum
        }
    }

    /// The stamp and checksum of the program that wrote a cache, read from the start of its
    /// header; malformed when the cache was made under another key.
    private static func programThatWrote(_ reader: inout ByteReader, key: String) throws(ByteReader.Malformed) -> (stamp: String, checksum: UInt64) {
        guard try reader.readString() == key else { throw ByteReader.Malformed() }
        return (try reader.readString(), try reader.readUInt64())
    }

    /// What a cache file holds.
    struct Contents {
        /// The checksum of the program that made the cache, when it has this one's stamp.
        let programChecksum: UInt64?
        let settings: String
        let corpus: CorpusFindings?
        let entries: StoredEntries
    }

    static func read(_ url: URL, key: String, program: ProgramIdentity) throws -> Contents {
        guard let bytes = SourceLoader.contents(ofPath: url.path, upTo: Int.max)?.bytes else { throw ByteReader.Malformed() }
        let storage = StoredBytes.Storage(bytes)
        return try storage.bytes.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) throws(ByteReader.Malformed) -> Contents in
            var reader = ByteReader(bytes)
            let (programStamp, programChecksum) = try programThatWrote(&reader, key: key)
            guard program.made(stamp: programStamp, checksum: programChecksum) else { throw ByteReader.Malformed() }
            guard try reader.readUInt64() == reader.checksumOfRest else { throw ByteReader.Malformed() }
            let settings = try reader.readString()
            let corpus = try reader.readBool() ? CorpusFindings(key: try reader.readUInt64(), diagnostics: try FileFindings.readDiagnostics(from: &reader)) : nil
            var slots: [StoredEntries.Slot] = []
            let count = try reader.readCount()
            slots.reserveCapacity(count)
            // Stepped over, not decoded: a run decodes only what it asks for (see `StoredEntries`).
            for _ in 0..<count {
                let start = reader.offset
                let path = try reader.skip(try reader.readCount())
                let stamp = FileStamp(size: try reader.readInt64(), inode: UInt64(bitPattern: try reader.readInt64()),
                                      modified: try reader.readInt64(), changed: try reader.readInt64())
                let contentChecksum = try reader.readUInt64()
                let checksum = try reader.readUInt64()
                var digest: Range<Int>?
                // As `Digest.none` has them: a file without a record lacks nothing.
                var hasRegexLiterals = true
                if try reader.readBool() {
                    hasRegexLiterals = try reader.readBool()
                    digest = try reader.skip(try reader.readCount())
                }
                let findings = try reader.readBool() ? try reader.skip(try reader.readCount()) : nil
                slots.append(StoredEntries.Slot(whole: start..<reader.offset, path: path, stamp: stamp, contentChecksum: contentChecksum,
                                                digestChecksum: checksum, digest: digest, hasRegexLiterals: hasRegexLiterals, findings: findings))
            }
            guard reader.isAtEnd else { throw ByteReader.Malformed() }
            return Contents(programChecksum: programStamp == program.stamp ? programChecksum : nil, settings: settings, corpus: corpus,
                            entries: StoredEntries(storage: storage, slots: slots))
        }
    }
}
