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
            let text = random.text(from: Self.alphabet, shorterThan: 10)
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

    @Test func byteSearchFindsExactlyTheNeedlesBytes() {
        let needles = ["errkb-disable", "http", "January", "e", "-", "kk", "中", "a-b"]
        let pieces = ["errkb", "-disable", "e", "k", "b", "-", "http", "htt", "Jan", "uary", " ", "中", "a", "\n"]
        var random = SplitMix64(seed: 0xB17E)
        for _ in 0..<4000 {
            let text = (0..<Int(random.next() % 8)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            for needle in needles {
                let bytes = Array(text.utf8)
                let pattern = Array(needle.utf8)
                let expected = bytes.count >= pattern.count
                    && (0...(bytes.count - pattern.count)).contains { Array(bytes[$0..<($0 + pattern.count)]) == pattern }
                #expect(ASCIIText.contains(needle, in: text) == expected, "\(needle) in \(text.debugDescription)")
            }
        }
    }

    /// Every ASCII whitespace byte, letters, and scalars that are whitespace beyond ASCII (NEL,
    /// no-break, ideographic and line separators) or join what precedes them (combining marks).
    static let blankAlphabet: [Unicode.Scalar] = [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "a", "#", "\u{85}", "\u{A0}",
                                                  "\u{3000}", "\u{2028}", "\u{301}", "中"]

    @Test func blankAgreesWithEveryCharacterBeingWhitespace() {
        var random = SplitMix64(seed: 0xB1A7)
        var blanks = 0
        for _ in 0..<20_000 {
            let text = random.text(from: Self.blankAlphabet, shorterThan: 6)
            let expected = text.allSatisfy(\.isWhitespace)
            blanks += expected ? 1 : 0
            #expect(ASCIIText.isBlank(text) == expected, "\(text.debugDescription)")
            #expect(ASCIIText.isBlank(text.dropFirst()) == text.dropFirst().allSatisfy(\.isWhitespace), "\(text.debugDescription)")
        }
        // Both answers are common, so a helper that always said one of them would fail.
        #expect(blanks > 1_000 && blanks < 19_000, "\(blanks)")
    }

    @Test func whiteSpaceIsUnicodesPropertyForEveryScalar() {
        var count = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(ASCIIText.isWhiteSpace(scalar) == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
            count += scalar.properties.isWhitespace ? 1 : 0
        }
        #expect(count == 25)
    }

    @Test func bytesPrecedeIsStringOrderOnASCII() {
        let alphabet: [Unicode.Scalar] = ["a", "B", "z", "0", "9", "-", "_", ".", "/", " ", "~", "\r", "\n", "\u{7F}"]
        var random = SplitMix64(seed: 0x5047)
        var before = 0
        for _ in 0..<20_000 {
            let first = random.text(from: alphabet, shorterThan: 7)
            let second = random.next() % 4 == 0 ? first + random.text(from: alphabet, shorterThan: 3) : random.text(from: alphabet, shorterThan: 7)
            before += first < second ? 1 : 0
            #expect(ASCIIText.bytesPrecede(Array(first.utf8), Array(second.utf8)) == (first < second), "\(first.debugDescription) < \(second.debugDescription)")
            #expect(ASCIIText.bytesPrecede(Array(second.utf8), Array(first.utf8)) == (second < first), "\(second.debugDescription) < \(first.debugDescription)")
        }
        #expect(before > 5_000 && before < 15_000, "\(before)")
    }
}
