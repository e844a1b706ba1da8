import Foundation
import Testing
@testable import ErrKB

/// The pieces that let a run read a large cache without decoding it: the word-wise checksum,
/// the path table and the order-free corpus key.
@Suite struct CacheIndexTests {
    @Test func everySingleBitFlipChangesTheChecksum() {
        // Long enough for whole words and a tail of odd bytes.
        let bytes = (0..<45).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        let original = ByteWriter.checksum(bytes)
        for index in bytes.indices {
            for bit in 0..<8 {
                var flipped = bytes
                flipped[index] ^= 1 << bit
                #expect(ByteWriter.checksum(flipped) != original, "byte \(index) bit \(bit)")
            }
        }
        // A torn write: every prefix differs from the whole and from the one before it.
        let prefixes = (0...bytes.count).map { ByteWriter.checksum(Array(bytes.prefix($0))) }
        #expect(Set(prefixes).count == prefixes.count)
    }

    @Test func stringsReadBackExactlyAndBadUTF8IsRefused() {
        let texts = ["", "a", "records/llm/a.yaml", "错误 E250：请求被拒绝", "e\u{301}🙂", String(repeating: "x", count: 300)]
        var writer = ByteWriter()
        for text in texts { writer.write(text) }
        writer.bytes.withUnsafeBytes { bytes in
            var reader = ByteReader(bytes)
            for text in texts { #expect((try? reader.readString()).map { Array($0.utf8) } == Array(text.utf8)) }
            #expect(reader.isAtEnd)
        }
        // A length and bytes that are not UTF-8 (a lone continuation byte, a truncated sequence,
        // a surrogate): refused, not repaired.
        for bad: [UInt8] in [[0x80], [0x61, 0xE9, 0x62], [0xED, 0xA0, 0x80], [0xF0, 0x9F, 0x99]] {
            var writer = ByteWriter()
            writer.write(bad.count)
            let bytes = writer.bytes + bad
            bytes.withUnsafeBytes { raw in
                var reader = ByteReader(raw)
                #expect(throws: ByteReader.Malformed.self) { try reader.readString() }
            }
        }
    }

    /// Scalars read back as written: all below 128 (read as bytes), and mixed with larger ones
    /// anywhere in the literal (read a LEB128 value at a time).
    @Test func scalarsReadBackAsWritten() {
        let literals: [[UInt32]] = [[], [0], [0x7F], [0x80], [97, 98, 99], [97, 200, 98], [0x10FFFF, 99], [99, 0xD800],
                                    (0..<300).map { UInt32($0 % 128) }, (0..<300).map { UInt32($0 * 37) }]
        var writer = ByteWriter()
        for literal in literals { writer.write(literal) }
        writer.bytes.withUnsafeBytes { bytes in
            var reader = ByteReader(bytes)
            for literal in literals { #expect((try? reader.readScalars()) == literal) }
            #expect(reader.isAtEnd)
        }
    }

    /// A table over `paths`, as a cache file's entries would lay them out.
    private static func table(of paths: [String]) -> StoredEntries {
        var bytes: [UInt8] = []
        var slots: [StoredEntries.Slot] = []
        for (index, path) in paths.enumerated() {
            let start = bytes.count
            bytes += Array(path.utf8)
            slots.append(StoredEntries.Slot(whole: start..<bytes.count, path: start..<bytes.count,
                                            stamp: FileStamp(size: Int64(index), inode: 0, modified: 0, changed: 0),
                                            contentChecksum: 0, digestChecksum: 0, digest: nil, hasRegexLiterals: false, findings: nil))
        }
        return StoredEntries(storage: StoredBytes.Storage(bytes), slots: slots)
    }

    @Test func theTableFindsEveryPathAndNothingElse() {
        let paths = (0..<3000).map { "records/domain-\($0 % 7)/synthetic-\($0).yaml" } + ["", "records/llm/é.yaml"]
        let table = Self.table(of: paths)
        for (index, path) in paths.enumerated() {
            #expect(table.slot(of: path)?.stamp.size == Int64(index), "\(path)")
        }
        for missing in ["records/domain-0/synthetic-3000.yaml", "records/domain-1/synthetic-1.yam", "records", "x"] {
            #expect(table.slot(of: missing) == nil, "\(missing)")
        }
        #expect(StoredEntries().slot(of: "records/a.yaml") == nil)
    }

    @Test func namesThatDifferOnlyInNormalizationAreTwoFiles() {
        let composed = "records/llm/caf\u{E9}.yaml", decomposed = "records/llm/cafe\u{301}.yaml"
        #expect(composed == decomposed, "equal as Swift strings")
        let table = Self.table(of: [composed])
        #expect(table.slot(of: composed) != nil)
        #expect(table.slot(of: decomposed) == nil)
    }

    @Test func theCorpusKeyIgnoresOrderButNotContent() {
        let digests: [(file: String, checksum: UInt64)] = (0..<50).map { ("records/a/\($0).yaml", UInt64($0) &* 0x9e37_79b9) }
        let key = CheckCache.corpusKey(digests)
        #expect(CheckCache.corpusKey(digests.reversed()) == key)
        #expect(CheckCache.corpusKey(digests.shuffled()) == key)
        var changed = digests
        changed[17].checksum ^= 1
        #expect(CheckCache.corpusKey(changed) != key)
        #expect(CheckCache.corpusKey(Array(digests.dropLast())) != key)
        // The same checksums under other files.
        #expect(CheckCache.corpusKey(digests.map { ("records/b/" + $0.file.dropFirst(10), $0.checksum) }) != key)
    }
}
