import Testing
@testable import ErrKB

/// The byte-level shortcuts of the YAML writer and its scalar-style choice agree with the
/// definitions they replace, on random text full of the bytes that matter.
@Suite struct WriterFastPathTests {
    static func randomTexts(from alphabet: [Unicode.Scalar], count: Int, maxLength: Int, seed: UInt64) -> [String] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            let length = Int(random.next() % UInt64(maxLength + 1))
            return String(String.UnicodeScalarView((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }))
        }
    }

    @Test func numberOrDateTestOnBytesMatchesTheCharacterDefinition() {
        let fixed = [".inf", "-.inf", "+.INF", ".NaN", "-.nan", "+.nan", "0x1F", "-0X1", "+0o7", "0b1", "0", "-", "+", "", ".", "1.10",
                     "2023-04-10", "2001-12-14t21:59:43.10-05:00", "1_000", "12:30", "1e5", "1E+5", "1.5Z", "v1", "1a", " 1", "1 ",
                     ".5", "-.5", "+1", "--1", "0xg", ".inx", ".infx"]
        let alphabet: [Unicode.Scalar] = Array("0123456789.-+_:eEtTzZ xXoObBinfaINFAN#/".unicodeScalars)
        for text in fixed + Self.randomTexts(from: alphabet, count: 20_000, maxLength: 7, seed: 0xDA7E) {
            let onBytes = ASCIIText.withBytes(of: text) { YAMLScalarStyle.looksLikeNumberOrDateASCII($0) }
            #expect(onBytes == YAMLScalarStyle.looksLikeNumberOrDate(text), "\(text.debugDescription)")
        }
    }

    @Test func literalBlockTestOnBytesMatchesTheScalarDefinition() {
        let alphabet: [Unicode.Scalar] = ["\n", "\n", "\t", " ", " ", "a", "#", "\r", "\u{7}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{A0}",
                                          "\u{2027}", "\u{2028}", "\u{2029}", "\u{202A}", "\u{FEFF}", "\u{FEFE}", "\u{FFFD}", "\u{FFFE}",
                                          "\u{FFFF}", "中", "\u{301}", "\u{1F600}"]
        for text in Self.randomTexts(from: alphabet, count: 20_000, maxLength: 8, seed: 0x11AB) where text.utf8.contains(UInt8(ascii: "\n")) {
            #expect(YAMLScalarStyle.canBeLiteral(text) == YAMLScalarStyle.canBeLiteralByScalars(text), "\(text.debugDescription)")
        }
        // Every scalar of the first two planes, inside a block and at its edges.
        for value in UInt32(1)...0x1FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in ["a\n" + String(scalar), String(scalar) + "\nb", "a\n" + String(scalar) + "x"] {
                #expect(YAMLScalarStyle.canBeLiteral(text) == YAMLScalarStyle.canBeLiteralByScalars(text), "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func styleChoiceOnBytesMatchesTheScalarDefinition() {
        let fixed = ["---\u{301}", "---中", "...中", "0x\u{301}", "0x中", "-中", "1中", ".中", "+.中", "中: x", "中 #x", "中:", "中 ",
                     "\u{212A}", "y\u{301}", "中\t", "中\u{85}", "中\u{2028}", "\u{FEFF}中", "中\u{FFFE}", "中'", "'中", "中\r\n中"]
        let alphabet: [Unicode.Scalar] = Array("aeynoxbtz0123456789.-+:#' \"\t\r|>@`".unicodeScalars)
            + ["\n", "\u{7}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{A0}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFE}",
               "\u{FFFD}", "中", "文", "\u{301}", "\u{212A}", "\u{130}", "\u{1F600}", "\u{FF10}"]
        for text in fixed + Self.randomTexts(from: alphabet, count: 50_000, maxLength: 7, seed: 0x5171E) {
            #expect(YAMLScalarStyle.choose(for: text) == YAMLScalarStyle.chooseByScalars(for: text), "\(text.debugDescription)")
        }
    }

    @Test func floatReprShortcutMatchesTheDigitDefinition() {
        var values: [Double] = [0, -0.0, 1, 0.1, 0.76, 1e-4, 9.99e-5, 1e-5, 0.00011, 1e15, 1e16, 9e15, 9.5e15, 4503599627370496.5,
                                9007199254740992, 9007199254740993, 123456789012345.6, 5e-324, .greatestFiniteMagnitude, .infinity,
                                -.infinity, .nan, 1.0 / 3, 2.5, 100]
        for k in 0...10_000 { values.append(Double(k) / 100); values.append(Double(k) / 1000); values.append(Double(k)) }
        for exponent in -330...310 { values.append(pow10(exponent)); values.append(1.5 * pow10(exponent)); values.append(-7 * pow10(exponent)) }
        var random = SplitMix64(seed: 0xF10A7)
        for _ in 0..<20_000 {
            values.append(Double(bitPattern: random.next()))
            values.append(Double(random.next() % 1_000_000) / 1_000_000)
        }
        for value in values {
            #expect(PythonFloatFormat.repr(value) == PythonFloatFormat.reprByDigits(value), "\(value)")
        }
    }

    private func pow10(_ exponent: Int) -> Double { Double("1e\(exponent)") ?? 0 }
}
