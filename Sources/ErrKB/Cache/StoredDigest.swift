/// A digest as the check cache read it: its bytes, decoded only when a run needs the digest.
/// Most runs never do for most files: when no digest changed, the cross-record findings come
/// from the cache too, and then building tens of thousands of digests (and freeing them) would
/// be most of the run.
struct StoredDigest: Sendable {
    /// The whole cache file, shared by every stored digest read from it.
    final class Storage: Sendable {
        let bytes: [UInt8]
        init(_ bytes: [UInt8]) { self.bytes = bytes }
    }

    let storage: Storage
    let range: Range<Int>

    /// The digest; nil when its bytes do not decode, which the cache's checksum makes a bug of
    /// errkb's own, not a damaged file (the caller then reads the record file instead).
    func decoded() -> RecordDigest? {
        storage.bytes.withUnsafeBytes { buffer in
            var reader = ByteReader(UnsafeRawBufferPointer(rebasing: buffer[range]))
            guard let digest = try? RecordDigest(from: &reader), reader.isAtEnd else { return nil }
            return digest
        }
    }

    /// Writes the bytes as they were read.
    func write(to writer: inout ByteWriter) {
        writer.append(storage.bytes[range])
    }
}
