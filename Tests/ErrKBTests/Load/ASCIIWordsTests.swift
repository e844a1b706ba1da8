import Testing
@testable import ErrKB

/// The word-at-a-time byte tests agree with a loop over the bytes, at every length and
/// alignment, on the bytes at the edges of what they test.
@Suite struct ASCIIWordsTests {
    static let alphabet: [UInt8] = [0x00, 0x01, 0x1F, 0x20, 0x21, 0x3A, 0x23, 0x5F, 0x60, 0x7E, 0x7F, 0x80, 0x81, 0xA0, 0xBA, 0xDF, 0xE0, 0xFE, 0xFF, 0x61]

    static func buffers(seed: UInt64) -> [[UInt8]] {
        var random = SplitMix64(seed: seed)
        var buffers: [[UInt8]] = [[], Array(repeating: 0x20, count: 17), Array(repeating: 0x7E, count: 24)]
        for _ in 0..<40_000 {
            let length = Int(random.next() % 41)
            // Mostly printable, so that long printable runs with one odd byte come up.
            buffers.append((0..<length).map { _ in
                random.next() % 4 == 0 ? alphabet[Int(random.next() % UInt64(alphabet.count))] : UInt8(0x20 + random.next() % 0x5F)
            })
        }
        return buffers
    }

    @Test func printableTestMatchesTheByteLoop() {
        for buffer in Self.buffers(seed: 0x9A1) {
            // From every offset up to 7 into the same memory: the words are read unaligned.
            for start in 0...min(7, buffer.count) {
                let expected = buffer[start...].allSatisfy { $0 >= 0x20 && $0 < 0x7F }
                let found = buffer.withUnsafeBufferPointer { ASCIIText.isPrintableASCII(UnsafeBufferPointer(rebasing: $0[start...])) }
                #expect(found == expected, "\(buffer[start...])")
            }
        }
    }

    @Test func pairSearchMatchesTheByteLoop() {
        let pairs: [(UInt8, UInt8)] = [(0x3A, 0x20), (0x20, 0x23), (0x80, 0xFF), (0xFF, 0x00), (0x00, 0x00)]
        for buffer in Self.buffers(seed: 0x9A2) {
            for (first, second) in pairs {
                for start in [0, min(3, buffer.count)] {
                    let slice = buffer[start...]
                    let expected = zip(slice, slice.dropFirst()).contains { $0 == first && $1 == second }
                    let found = buffer.withUnsafeBufferPointer { ASCIIText.containsPair(first, second, in: UnsafeBufferPointer(rebasing: $0[start...])) }
                    #expect(found == expected, "\(slice)")
                }
            }
        }
    }
}
