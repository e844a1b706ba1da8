import Foundation
import Testing
@testable import ErrKB

/// The byte-level fast paths of the translation helpers agree with the Character and `Regex`
/// definitions they replace, on random ASCII text full of the characters that matter.
@Suite struct ASCIIFastPathTests {
    /// Letters and digits that the patterns name, and every separator they treat specially.
    static let alphabet = Array("aAzZeEmRrS_x09 \t\r\n.,;:'\"`#/$[](){}=+-*>\\1E4ERR_Error.jsonpy")

    /// Deterministic random strings, so a failure repeats.
    static func samples(count: Int = 4000, seed: UInt64 = 0x5EED) -> [String] {
        var state = seed
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        let fixed = ["1. step", "12.\tx", "1.x", "x = 1", "a.b[0](", "f(x)", "a[0 = 1", "a[0] += 2", "a :=1", "a -= 1", "a - 1",
                     "$x=1", "_a.b$c  (", "print('a # b') # c", "x // y", "a//b", "ENOENT", "ERR_X_1", "TS2307 E0382",
                     "ModuleNotFoundError: x", "see package.json and .npmrc", "os.ENOENT", "a.ENOENT.b", "Node.js", "v1.2.3"]
        return fixed + (0..<count).map { _ in
            String((0..<(next() % 24)).map { _ in alphabet[next() % alphabet.count] })
        }
    }

    @Test func numberedItemsMatchTheRegex() {
        for text in Self.samples() {
            #expect(CodeLines.isNumberedItem(text[...]) == (text[...].firstMatch(of: CodeLines.numberedItem) != nil), "\(text.debugDescription)")
        }
    }

    @Test func assignmentsAndCallsMatchTheRegex() {
        for text in Self.samples() {
            #expect(CodeLines.isAssignmentOrCall(text[...]) == (text[...].firstMatch(of: CodeLines.assignmentOrCall) != nil),
                    "\(text.debugDescription)")
        }
    }

    /// The code-line test runs these on a stripped line's bytes, string placeholders included.
    @Test func byteTestsOnStrippedLinesMatchTheRegexes() {
        var placeholders = 0
        for text in Self.samples() {
            let stripped = CodeTokens.stripped(text)
            let bytes = CodeTokens.strippedASCIIBytes(text)
            #expect(bytes == Array(stripped.utf8), "\(text.debugDescription)")
            if !ASCIIText.isASCII(stripped) { placeholders += 1 }
            for start in [0, stripped.utf8.count / 2] {
                let tail = Substring(stripped.utf8.dropFirst(start))
                let tailBytes = bytes[start...]
                #expect(CodeLines.isNumberedItem(bytes: tailBytes) == (tail.firstMatch(of: CodeLines.numberedItem) != nil),
                        "\(tail.debugDescription)")
                #expect(CodeLines.isAssignmentOrCall(bytes: tailBytes) == (tail.firstMatch(of: CodeLines.assignmentOrCall) != nil),
                        "\(tail.debugDescription)")
            }
        }
        #expect(placeholders > 500)
    }

    @Test func strippedAndTokensMatchTheCharacterDefinitions() {
        for text in Self.samples() {
            let stripped = CodeTokens.stripped(text)
            #expect(stripped == CodeTokens.strippedCharacters(text), "\(text.debugDescription)")
            #expect(CodeTokens.asciiTokens(of: stripped) == CodeTokens.characterTokens(of: stripped), "\(text.debugDescription)")
        }
    }

    @Test func byteContainsMatchesFoundation() {
        // Non-ASCII neighbours that may join a Character: combining marks, ZWJ, a prepended mark, CR LF.
        let alphabet: [Unicode.Scalar] = ["a", "#", "'", "\n", "\r", " ", "中", "：", "\u{301}", "\u{20E3}", "\u{200D}", "\u{600}", "\u{1F600}"]
        var random = SplitMix64(seed: 0xC0DE)
        for _ in 0..<4000 {
            let text = random.text(from: alphabet, shorterThan: 8)
            for needle in ["#", "\n", "'", "\r"] {
                #expect(ASCIIText.foundationContains(UInt8(ascii: needle.unicodeScalars.first!), in: text) == text.contains(needle),
                        "\(needle.debugDescription) in \(text.debugDescription)")
            }
        }
    }

    @Test func leadingWhitespaceTrimMatchesTheCharacterDefinition() {
        let alphabet: [Unicode.Scalar] = [" ", "\t", "\r", "\n", "\u{0B}", "a", "\u{301}", "\u{3000}", "\u{A0}", "中", "\u{200D}"]
        var random = SplitMix64(seed: 0x7A1B)
        for _ in 0..<4000 {
            let text = random.text(from: alphabet, shorterThan: 7)
            #expect(text.trimmingLeadingWhitespace() == Substring(text.drop(while: \.isWhitespace)), "\(text.debugDescription)")
            #expect(text.trimmingLeadingWhitespace().utf8.count == text.drop(while: \.isWhitespace).utf8.count, "\(text.debugDescription)")
        }
    }

    @Test func bracketScalarWalkMatchesTheCharacterDefinition() {
        // Brackets of every kind, and scalars that join a neighbour: marks, ZWJ, a prepended mark, CR LF.
        let alphabet: [Unicode.Scalar] = ["(", ")", "（", "）", "[", "】", "【", "「", "」", "“", "”", "\"", "a", "中", "，", "\r", "\n",
                                          "\u{301}", "\u{302A}", "\u{200D}", "\u{600}", "\u{FF9E}", "\u{1F600}"]
        var random = SplitMix64(seed: 0xB4AC)
        for _ in 0..<6000 {
            let text = random.text(from: alphabet, shorterThan: 9)
            #expect(BracketBalance.firstProblem(in: text) == BracketBalance.firstProblemByCharacters(in: text), "\(text.debugDescription)")
        }
    }

    @Test func firstHanOffsetMatchesTheScalarWalk() {
        let alphabet: [Unicode.Scalar] = ["a", " ", "#", "中", "文", "，", "\u{301}", "\u{3400}", "\u{F900}", "\u{20000}", "\u{1F600}", "é"]
        var random = SplitMix64(seed: 0x4A11)
        for _ in 0..<4000 {
            let text = random.text(from: alphabet, shorterThan: 7)
            #expect(HanCharacters.firstOffset(in: text) == HanCharacters.firstOffsetByScalars(in: text), "\(text.debugDescription)")
        }
        for text in Self.samples() { #expect(HanCharacters.firstOffset(in: text) == nil) }
    }

    /// The bracket and punctuation walks decode the buffer themselves; a wrong scalar could still stand alone.
    @Test func bracketWalkDecodesTheScalars() {
        let alphabet: [Unicode.Scalar] = ["a", "(", "（", "」", "“", "\u{80}", "\u{7FF}", "\u{800}", "\u{FFFF}", "\u{10000}", "\u{10FFFF}",
                                          "中", "\u{301}", "\u{1F600}"]
        var random = SplitMix64(seed: 0xDEC0)
        for _ in 0..<2000 {
            let text = random.text(from: alphabet, shorterThan: 9)
            let decoded: [Unicode.Scalar] = ASCIIText.withBytes(of: text) { bytes in
                var scalars: [Unicode.Scalar] = []
                var index = 0
                while index < bytes.count {
                    let (scalar, length) = BufferScalars.decode(bytes, at: index)
                    scalars.append(scalar)
                    index += length
                }
                return scalars
            }
            #expect(decoded == Array(text.unicodeScalars), "\(text.debugDescription)")
            #expect(BufferScalars.scalars(of: text) == Array(text.unicodeScalars), "\(text.debugDescription)")
            #expect(BufferScalars.values(of: text) == text.unicodeScalars.map(\.value), "\(text.debugDescription)")
        }
    }

    /// Lines are cut at each `\n` byte not after `\r`, their offsets counted in scalars.
    @Test func lineSplitOnTheBufferMatchesTheScalarDefinition() {
        let alphabet: [Unicode.Scalar] = ["\n", "\n", "\r", "a", " ", "x", "=", "(", "中", "\u{301}", "\u{1F600}", "'"]
        var random = SplitMix64(seed: 0x11E5)
        for _ in 0..<3000 {
            let text = random.text(from: alphabet, shorterThan: 10)
            var expected: [(text: String, offset: Int)] = []
            var current = String.UnicodeScalarView()
            var offset = 0
            var previous: Unicode.Scalar = "\0"
            for scalar in text.unicodeScalars {
                if scalar == "\n", previous != "\r" {
                    expected.append((String(current), offset))
                    offset += current.count + 1
                    current = String.UnicodeScalarView()
                } else {
                    current.append(scalar)
                }
                previous = scalar
            }
            expected.append((String(current), offset))
            for codeLines in [true, false] {
                let lines = CodeLines.split(text, codeLines: codeLines)
                #expect(lines.map { Array($0.text.utf8) } == expected.map { Array($0.text.utf8) }, "\(text.debugDescription)")
                #expect(lines.map(\.offset) == expected.map(\.offset), "\(text.debugDescription)")
                #expect(lines.map(\.isCode) == expected.map { codeLines && CodeLines.isCode($0.text) }, "\(text.debugDescription)")
            }
        }
    }

    @Test func identifierPrefiltersDropNoMatch() {
        for text in Self.samples() {
            #expect(IdentifierTokens.extract(text) == IdentifierTokens.extract(text, prefiltered: false), "\(text.debugDescription)")
        }
    }

    @Test func codeLineTestOnBytesMatchesTheCharacterDefinition() {
        let lines = ["import os", "  indented", "$ npm i", "> x", ">>> 1", "PS> dir", "- item", "* item", "1. step", "x = 1",
                     "foo(", "}", "end {", "a;", ")];", "git status", "Import os", "\tx", "#include <x>", "else:", "", "   ",
                     "\r\n", "a\r\nb", "pip install x # note", "'quoted' thing", "// comment", "a // b", "x)\r\n", "  - item"]
        for text in lines + Self.samples() {
            #expect(CodeLines.isCodeASCII(text) == CodeLines.isCodeCharacters(text), "\(text.debugDescription)")
        }
    }

    /// The punctuation tests answer as the sets do for every scalar of the first two planes
    /// alone and with a combining mark after it.
    @Test func punctuationPrefiltersAgreeWithTheSets() {
        for value in UInt32(0)...0x1FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let marked = String(scalar) + "\u{301}"
            for character in [Character(scalar)] + (marked.count == 1 ? [Character(marked)] : []) {
                #expect(I18nPunctuationRule.isFullWidth(character) == I18nPunctuationRule.fullWidth.contains(character), "U+\(String(value, radix: 16))")
                #expect(I18nPunctuationRule.isHalfWidth(character) == I18nPunctuationRule.halfWidth.contains(character), "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func plainStyleCheckOnBytesMatchesTheScalarDefinition() {
        let texts = ["---x", "...", "a: b", "a #b", "a#b", "-1", "+.5", "1.5", "0x1F", "yes", "No", "null", "~", "=", "<<", "2024-01-01",
                     "- a", "-a", "a:", " a", "a ", "@x", "`x`", "%x", "x%", "1_000", ".inf", "12:30", "e", "E4", "x y", ":x", "?x"]
        let printable = (texts + Self.samples()).filter { $0.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
        for text in printable {
            let onBytes = ASCIIText.withBytes(of: text) { YAMLScalarStyle.canBePlainASCII($0, text) }
            #expect(onBytes == YAMLScalarStyle.canBePlain(text), "\(text.debugDescription)")
        }
        #expect(printable.count > 2000)
    }

    @Test func byteSearchAgreesWithTheUTF8Definition() {
        let needles = ["", "a", "ERR", "x0", "\r\n", "é", "错误", "errkb-disable"]
        let texts = Self.samples() + ["errkb-disable-next-line", "错误: x", "café", "e\u{301}", "", "x errkb-disable", "errkb-disabl",
                                      "kerrkb-disable", "ERR"]
        for text in texts {
            for needle in needles {
                let expected = needle.isEmpty || text.utf8.indices.contains { text.utf8[$0...].starts(with: needle.utf8) }
                #expect(ASCIIText.contains(needle, in: text) == expected, "\(needle.debugDescription) in \(text.debugDescription)")
                for anchor in needle.utf8.indices.map({ needle.utf8.distance(from: needle.utf8.startIndex, to: $0) }) {
                    #expect(ASCIIText.contains(needle, in: text, anchor: anchor) == expected, "\(needle.debugDescription)@\(anchor) in \(text.debugDescription)")
                }
            }
            for byte in [UInt8(ascii: "\t"), UInt8(ascii: "`"), UInt8(ascii: "a"), 0xE9, 0x80] {
                #expect(ASCIIText.contains(byte, in: text) == text.utf8.contains(byte), "\(byte) in \(text.debugDescription)")
                #expect(ASCIIText.contains(byte, in: text.dropFirst()) == text.dropFirst().utf8.contains(byte))
            }
        }
    }
}
