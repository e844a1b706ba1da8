/// Byte tests eight bytes at a time, on words read from the buffer: the writer asks them of every
/// key and value it writes, and a loop over bytes took some five instructions a byte.
extension ASCIIText {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The high bit of each byte of `word` that is zero, and no other bit.
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 { ~(((word & lowBits) &+ lowBits) | word | lowBits) }

    /// The high bit of each byte of `word` equal to `byte`, and no other bit.
    @inline(__always)
    static func bytesEqual(to byte: UInt8, in word: UInt64) -> UInt64 { zeroBytes(word ^ (ones &* UInt64(byte))) }

    /// Whether every byte is printable ASCII, 0x20 through 0x7E.
    static func isPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let start = bytes.baseAddress else { return true }
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = UnsafeRawPointer(start + offset).loadUnaligned(as: UInt64.self)
            // Below 0x80, adding 0x60 sets a byte's high bit exactly when it is 0x20 or more,
            // with no carry into the next byte.
            guard word & highBits == 0, (word &+ ones &* 0x60) & highBits == highBits,
                  bytesEqual(to: 0x7F, in: word) == 0
            else { return false }
            offset += 8
        }
        while offset < bytes.count {
            guard bytes[offset] >= 0x20, bytes[offset] < 0x7F else { return false }
            offset += 1
        }
        return true
    }

    /// Whether `first` is followed right away by `second` anywhere in the bytes.
    static func containsPair(_ first: UInt8, _ second: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let start = bytes.baseAddress else { return false }
        var offset = 0
        // Whether the byte before the current word is `first`.
        var carried = false
        while offset + 8 <= bytes.count {
            // In little-endian order, so that the byte after byte i is byte i + 1, eight bits up.
            let word = UInt64(littleEndian: UnsafeRawPointer(start + offset).loadUnaligned(as: UInt64.self))
            let firsts = bytesEqual(to: first, in: word)
            if (firsts << 8) & bytesEqual(to: second, in: word) != 0 { return true }
            if carried, word & 0xFF == UInt64(second) { return true }
            carried = firsts >> 63 != 0
            offset += 8
        }
        while offset < bytes.count {
            if carried, bytes[offset] == second { return true }
            carried = bytes[offset] == first
            offset += 1
        }
        return false
    }
}
