extension ASCIIText {
    /// The loop every hand-written stand-in for a `Regex` shares, as `matches(of:)` runs: a match
    /// is tried at each byte of `text` in turn and, after one, the search goes on where it ended.
    /// `match` gives what it found at a start and the match's end, which lies after the start.
    static func matches<Found>(in text: String, _ match: (UnsafeBufferPointer<UInt8>, Int) -> (Found, end: Int)?) -> [Found] {
        withBytes(of: text) { bytes in
            var found: [Found] = []
            var start = 0
            while start < bytes.count {
                if let (value, end) = match(bytes, start) {
                    found.append(value)
                    start = end
                } else {
                    start += 1
                }
            }
            return found
        }
    }

    /// The words `match` finds in `text` that start at a capital, as `matches(in:)` finds them:
    /// `match` gives the end of the one starting at a capital, if one does. The test for the
    /// capital comes first, so most bytes are ruled out without a call.
    static func capitalizedMatches(in text: String, _ match: (UnsafeBufferPointer<UInt8>, Int) -> Int?) -> [String] {
        matches(in: text) { bytes, start in
            guard isUppercase(bytes[start]), let end = match(bytes, start) else { return nil }
            return (Self.text(bytes, start..<end), end)
        }
    }

    /// The text of `bytes[range]`, ASCII.
    static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
