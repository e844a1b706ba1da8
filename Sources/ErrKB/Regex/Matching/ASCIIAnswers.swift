/// A test on code points answered once, in advance, for the 128 ASCII characters, where most
/// text is: the hot path of the matcher looks the answer up instead of testing again.
struct ASCIIAnswers: Sendable {
    private let low: UInt64
    private let high: UInt64

    init(_ test: (UInt32) -> Bool) {
        var low: UInt64 = 0, high: UInt64 = 0
        for c in UInt32(0)..<128 where test(c) {
            if c < 64 { low |= 1 << UInt64(c) } else { high |= 1 << UInt64(c - 64) }
        }
        self.low = low
        self.high = high
    }

    /// The answer for an ASCII character; nil for any other.
    func answer(_ c: UInt32) -> Bool? {
        if c < 64 { return low & (1 << UInt64(c)) != 0 }
        if c < 128 { return high & (1 << UInt64(c - 64)) != 0 }
        return nil
    }
}
