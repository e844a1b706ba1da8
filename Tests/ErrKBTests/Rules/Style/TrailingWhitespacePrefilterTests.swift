import Testing
@testable import ErrKB

/// trailing-whitespace reads a file line by line only when some space or tab comes right before
/// a line break or the end; the prefilter that decides must never pass over such a file.
@Suite struct TrailingWhitespacePrefilterTests {
    /// The definition: a blank byte right before an LF, a CR or the end.
    private func definition(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
            if index + 1 == bytes.count || bytes[index + 1] == UInt8(ascii: "\n") || bytes[index + 1] == UInt8(ascii: "\r") { return true }
        }
        return false
    }

    @Test func prefilterAgreesWithItsDefinition() {
        let pieces = [" ", "\t", "\n", "\r", "\r\n", "a", "key: value", "中文", "  - item"]
        var random = SplitMix64(seed: 0x7EA1)
        var found = 0
        for _ in 0..<20_000 {
            let text = (0..<Int(random.next() % 9)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let expected = definition(text)
            found += expected ? 1 : 0
            #expect(TrailingWhitespaceRule.mayEndALineInWhitespace(text) == expected, "\(text.debugDescription)")
        }
        // Both answers are common, so a prefilter that always said one of them would fail.
        #expect(found > 2_000 && found < 18_000, "\(found)")
    }
}
