import Testing
@testable import ErrKB

/// The byte-level helpers of `ASCIIText` agree with the Character operations they replace.
@Suite struct ASCIITextTests {
    /// Separators, letters, CR LF, and non-ASCII scalars that join a Character with what precedes
    /// them (combining marks, ZWJ) or follows them (a prepended mark).
    static let alphabet: [Unicode.Scalar] = ["/", ".", "a", "-", "\r", "\n", " ", "中", "\u{301}", "\u{338}", "\u{200D}", "\u{600}"]

    @Test func byteSplitMatchesCharacterSplit() {
        var random = SplitMix64(seed: 0x5B17)
        for _ in 0..<4000 {
            let length = Int(random.next() % 10)
            let text = String(String.UnicodeScalarView((0..<length).map { _ in Self.alphabet[Int(random.next() % UInt64(Self.alphabet.count))] }))
            for separator in ["/", "."] {
                let byte = UInt8(ascii: separator.unicodeScalars.first!)
                let expected = text.split(separator: Character(separator), omittingEmptySubsequences: false).map(String.init)
                #expect(ASCIIText.split(text, separator: byte).map(String.init) == expected, "\(separator) in \(text.debugDescription)")
                let inner = text.dropFirst()
                let expectedInner = inner.split(separator: Character(separator), omittingEmptySubsequences: false).map(String.init)
                #expect(ASCIIText.split(inner, separator: byte).map(String.init) == expectedInner,
                        "\(separator) in \(String(inner).debugDescription)")
            }
        }
    }
}
