import Foundation

/// The entries of a cache file as read, each found by its path's bytes through an
/// open-addressing table. A run asks about each of its files once: a dictionary of every path
/// made into a string, with every entry decoded, cost more than all the rest of reading the cache.
struct StoredEntries: Sendable {
    /// Where one entry and its parts lie in the file.
    struct Slot: Sendable {
        let whole: Range<Int>
        let path: Range<Int>
        let stamp: FileStamp
        let contentChecksum: UInt64
        let digestChecksum: UInt64
        /// The encoded digest, when the file gave a record.
        let digest: Range<Int>?
        /// Whether the digest has its regex's literals; true without a digest (see `CheckCache.Digest`).
        let hasRegexLiterals: Bool
        /// The encoded findings, when a run checked the file.
        let findings: Range<Int>?
    }

    let storage: StoredBytes.Storage
    let slots: [Slot]
    /// One more than a slot's index, at the position its path hashes to or the first free one
    /// after it; 0 where there is none. At most half full, so a miss ends soon.
    private let table: [Int32]

    init(storage: StoredBytes.Storage = .init([]), slots: [Slot] = []) {
        self.storage = storage
        self.slots = slots
        var size = 16
        while size < slots.count * 2 { size *= 2 }
        var table = [Int32](repeating: 0, count: size)
        storage.bytes.withUnsafeBytes { bytes in
            for (index, slot) in slots.enumerated() {
                var position = Self.position(of: UnsafeRawBufferPointer(rebasing: bytes[slot.path]), size: size)
                while table[position] != 0 { position = (position + 1) & (size - 1) }
                table[position] = Int32(index + 1)
            }
        }
        self.table = table
    }

    /// The slot of `file`. Paths compare byte for byte: two names that differ only in Unicode
    /// normalization are two files.
    func slot(of file: String) -> Slot? {
        var file = file
        return file.withUTF8 { path in
            storage.bytes.withUnsafeBytes { bytes -> Slot? in
                var position = Self.position(of: UnsafeRawBufferPointer(path), size: table.count)
                while table[position] != 0 {
                    let slot = slots[Int(table[position]) - 1]
                    if slot.path.count == path.count,
                       path.isEmpty || memcmp(bytes.baseAddress! + slot.path.lowerBound, path.baseAddress!, path.count) == 0 {
                        return slot
                    }
                    position = (position + 1) & (table.count - 1)
                }
                return nil
            }
        }
    }

    /// The path's bytes as a string, for what lists the entries.
    func path(of slot: Slot) -> String {
        String(decoding: storage.bytes[slot.path], as: UTF8.self)
    }

    private static func position(of path: UnsafeRawBufferPointer, size: Int) -> Int {
        Int(truncatingIfNeeded: ByteWriter.checksum(path)) & (size - 1)
    }
}
