/// A run of bytes in the cache file as it was read. Everything read from the file shares its
/// one copy: what a run never asks about is never decoded, and what it keeps unchanged is
/// written back by copying.
struct StoredBytes: Sendable {
    /// The whole cache file.
    final class Storage: Sendable {
        let bytes: [UInt8]
        init(_ bytes: [UInt8]) { self.bytes = bytes }
    }

    let storage: Storage
    let range: Range<Int>

    /// What `read` makes of the bytes, when it reads them all; nil when they do not decode, which
    /// the cache's checksum makes a bug of errkb's own rather than a damaged file.
    func decoded<Value>(_ read: (inout ByteReader) throws -> Value) -> Value? {
        storage.bytes.withUnsafeBytes { buffer -> Value? in
            var reader = ByteReader(UnsafeRawBufferPointer(rebasing: buffer[range]))
            guard let value = try? read(&reader), reader.isAtEnd else { return nil }
            return value
        }
    }

    /// Writes the bytes as they were read.
    func write(to writer: inout ByteWriter) {
        writer.append(storage.bytes[range])
    }
}
