import Foundation
import Testing
@testable import ErrKB

/// The program's checksum, read a MiB at a time, is the checksum of its bytes read whole.
@Suite struct ProgramChecksumTests {
    /// Sizes around the word and the MiB: an empty file, a lone tail, a file that ends exactly
    /// at a piece's end (its last read finds nothing), and pieces with a tail after them.
    @Test func aFileReadInPiecesHasTheChecksumOfItsBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("errkb-checksum-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var generator = SystemRandomNumberGenerator()
        let mebibyte = 1 << 20
        for size in [0, 5, 8, 13, mebibyte - 3, mebibyte, mebibyte + 3, 2 * mebibyte + 8, 3 * mebibyte + 7] {
            let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let file = folder.appendingPathComponent("\(size)")
            try Data(bytes).write(to: file)
            #expect(ProgramIdentity.checksum(ofFile: file.path) == ByteWriter.checksum(bytes), "size \(size)")
        }
        #expect(ProgramIdentity.checksum(ofFile: folder.appendingPathComponent("missing").path) == nil)
    }

    /// Pieces of any whole number of words, then a tail: the same as the bytes at once.
    @Test func piecesOfWholeWordsAddUpToTheChecksumOfTheWhole() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 0...300, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            bytes.withUnsafeBytes { whole in
                var running = ByteWriter.RunningChecksum(count: whole.count)
                var start = 0
                while whole.count - start >= 8 {
                    let words = Int.random(in: 1...(whole.count - start) / 8, using: &generator)
                    #expect(running.takeWords(of: UnsafeRawBufferPointer(rebasing: whole[start..<(start + 8 * words)])) == 8 * words)
                    start += 8 * words
                }
                #expect(running.finish(tail: UnsafeRawBufferPointer(rebasing: whole[start...])) == ByteWriter.checksum(bytes))
            }
        }
    }
}
