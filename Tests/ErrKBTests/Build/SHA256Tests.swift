import Foundation
import Testing
@testable import ErrKB

@Suite struct SHA256Tests {
    @Test func knownVectors() {
        #expect(SHA256.hexDigest([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hexDigest(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hexDigest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func agreesWithPythonHashlibAcrossLengths() throws {
        try #require(PythonOracle.isAvailable, "python3 is not installed: the hashlib oracle cannot run")
        var rng = SplitMix64(seed: 7)
        let inputs: [[UInt8]] = (0...200).map { length in (0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) } }
            + [Array(repeating: 0x61, count: 1_000_003)]
        let hex = inputs.map { $0.map { String(format: "%02x", $0) }.joined() }.joined(separator: "\n")
        let script = "import hashlib,sys\nfor l in sys.stdin.read().split('\\n'): print(hashlib.sha256(bytes.fromhex(l)).hexdigest())"
        let expected = try PythonOracle.run(script: script, input: hex).split(separator: "\n").map(String.init)
        #expect(expected == inputs.map { SHA256.hexDigest($0) })
    }

    @Test func hashingInPiecesGivesTheDigestOfTheWhole() {
        var rng = SplitMix64(seed: 11)
        for length in [0, 1, 55, 56, 63, 64, 65, 127, 128, 1000, 4097] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) }
            var hasher = SHA256.Hasher()
            var offset = 0
            while offset < bytes.count {
                let piece = Int.random(in: 1...70, using: &rng)
                hasher.update(bytes[offset..<min(offset + piece, bytes.count)])
                offset += piece
            }
            #expect(hasher.hexDigest() == SHA256.hexDigest(bytes), "length \(length)")
        }
    }
}
