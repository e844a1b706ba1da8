/// A small seeded generator, so the differential test produces the same patterns on every run.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A text of fewer than `bound` scalars drawn from `alphabet`: first the length, then each scalar.
    mutating func text(from alphabet: [Unicode.Scalar], shorterThan bound: UInt64) -> String {
        let length = Int(next() % bound)
        return String(String.UnicodeScalarView((0..<length).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] }))
    }
}
