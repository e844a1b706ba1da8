import Foundation

/// The little binary format of errkb's cache: unsigned LEB128 integers and length-prefixed
/// UTF-8. Hand-written because reading tens of thousands of entries must take milliseconds.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func write(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func write(_ value: Int) { write(UInt64(bitPattern: Int64(value))) }
    mutating func write(_ value: Int64) { write(UInt64(bitPattern: value)) }
    mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func write(_ text: String) {
        write(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }

    mutating func write(_ text: String?) {
        write(text != nil)
        if let text { write(text) }
    }

    /// A place in a source: line, then column.
    mutating func write(_ location: SourceLocation) {
        write(location.line)
        write(location.column)
    }

    mutating func write(_ scalars: [UInt32]) {
        write(scalars.count)
        for scalar in scalars { write(UInt64(scalar)) }
    }

    mutating func reserveCapacity(_ count: Int) { bytes.reserveCapacity(count) }

    /// Appends what another writer wrote.
    mutating func append(_ other: ByteWriter) { bytes.append(contentsOf: other.bytes) }
    mutating func append(_ raw: some Collection<UInt8>) { bytes.append(contentsOf: raw) }

    /// A 64-bit checksum that catches the flipped bits and torn writes a damaged cache shows,
    /// at memory speed (not a defence against anyone forging a cache). It takes eight bytes a
    /// step: FNV-1a's byte a step was a tenth of reading a large cache. Each step is a bijection
    /// of the running value for a given word, so inputs that differ in one word never agree.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var running = RunningChecksum(count: bytes.count)
        let taken = running.takeWords(of: bytes)
        return running.finish(tail: UnsafeRawBufferPointer(rebasing: bytes[taken...]))
    }

    /// `checksum` of bytes that come in pieces, given their count first: every piece but the
    /// last must be a whole number of words. The program's checksum is taken so, a MiB at a
    /// time, rather than with the whole program (tens of MB) in memory.
    struct RunningChecksum {
        private var hash: UInt64

        init(count: Int) { hash = 0xcbf2_9ce4_8422_2325 ^ UInt64(count) }

        /// Takes the whole 8-byte words at the start of `bytes`; returns how many bytes it took.
        mutating func takeWords(of bytes: UnsafeRawBufferPointer) -> Int {
            var offset = 0
            while offset + 8 <= bytes.count {
                hash = (hash ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x9e37_79b9_7f4a_7c15
                hash ^= hash >> 29
                offset += 8
            }
            return offset
        }

        /// The checksum, once the last bytes (fewer than eight) are taken one at a time.
        func finish(tail: UnsafeRawBufferPointer) -> UInt64 {
            var hash = hash
            for byte in tail { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            return hash ^ (hash >> 32)
        }
    }

    static func checksum(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { checksum($0) }
    }

    /// The checksum of a text's UTF-8, read in place.
    static func checksum(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { checksum(UnsafeRawBufferPointer($0)) }
    }
}

/// Reads what `ByteWriter` wrote. Every read checks its bounds and throws on a short or
/// malformed input: a damaged cache is thrown away, never trusted.
struct ByteReader {
    struct Malformed: Error {}

    private let bytes: UnsafeRawBufferPointer
    /// Where the next read starts.
    private(set) var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }

    /// The checksum of every byte not read yet.
    var checksumOfRest: UInt64 { ByteWriter.checksum(UnsafeRawBufferPointer(rebasing: bytes[offset...])) }

    /// Where the next `count` bytes lie in the buffer, skipping them.
    mutating func skip(_ count: Int) throws(Malformed) -> Range<Int> {
        guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
        offset += count
        return offset - count..<offset
    }

    mutating func readUInt64() throws(Malformed) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw Malformed() }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    mutating func readInt64() throws(Malformed) -> Int64 { Int64(bitPattern: try readUInt64()) }

    mutating func readInt() throws(Malformed) -> Int {
        let value = try readInt64()
        guard let int = Int(exactly: value) else { throw Malformed() }
        return int
    }

    /// A count of items still to come: never more than bytes are left, so a damaged count cannot
    /// make a reader reserve memory for billions of items.
    mutating func readCount() throws(Malformed) -> Int {
        let count = try readInt()
        guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
        return count
    }

    mutating func readBool() throws(Malformed) -> Bool {
        guard offset < bytes.count, bytes[offset] <= 1 else { throw Malformed() }
        offset += 1
        return bytes[offset - 1] == 1
    }

    mutating func readString() throws(Malformed) -> String {
        let count = try readCount()
        let slice = UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
        offset += count
        // Decoded (which repairs bad bytes) and compared back with the bytes: a repaired string
        // differs from them and is refused. About three times as fast as `String(validating:)`,
        // and a digest is mostly short strings.
        var text = String(decoding: slice.assumingMemoryBound(to: UInt8.self), as: UTF8.self)
        let isExact = text.withUTF8 { utf8 in
            utf8.count == count && (count == 0 || memcmp(utf8.baseAddress!, slice.baseAddress!, count) == 0)
        }
        guard isExact else { throw Malformed() }
        return text
    }

    mutating func readOptionalString() throws(Malformed) -> String? {
        try readBool() ? try readString() : nil
    }

    mutating func readLocation() throws(Malformed) -> SourceLocation {
        SourceLocation(line: try readInt(), column: try readInt())
    }

    mutating func readScalars() throws(Malformed) -> [UInt32] {
        let count = try readCount()
        // A scalar below 128 is written as one byte, itself: a literal of only such (nearly
        // every one) is its bytes widened, without a LEB128 step per scalar.
        let run = UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
        if run.allSatisfy({ $0 < 0x80 }) {
            offset += count
            return run.map(UInt32.init)
        }
        var scalars: [UInt32] = []
        scalars.reserveCapacity(count)
        for _ in 0..<count {
            guard let scalar = UInt32(exactly: try readUInt64()) else { throw Malformed() }
            scalars.append(scalar)
        }
        return scalars
    }
}
