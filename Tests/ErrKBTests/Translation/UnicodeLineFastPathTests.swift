import Testing
@testable import ErrKB

/// The byte shortcuts the code-line helpers take on non-ASCII lines agree with the Character
/// definitions, on random text that mixes Han, accents, combining marks and Unicode spaces with
/// the quotes, comment marks and backticks that matter.
@Suite struct UnicodeLineFastPathTests {
    static let alphabet: [String] = ["固", "定", "：", "é", "e", "\u{301}", "\u{3000}", "\u{A0}", "\u{600}", "a", "x", "1", " ", "\t",
                                     "\r", "\n", "'", "\"", "`", "#", "/", "\\", "=", "(", ")", "{", ";", "-", "$", ">", "…"]

    /// Deterministic random strings, so a failure repeats.
    static func samples(count: Int = 4000, seed: UInt64 = 0xC0DE) -> [String] {
        var state = seed
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        let fixed = ["使用指数退避重试：", "固定客户端版本：", "在客户端上设置 `timeout=30`", "print('重试') # 注释", "x = 1 // 注释",
                     "'\u{301}引号", "#\u{301} 注释", "a\u{3000}# b", "é/ /x", "`代码` 和 `更多`", "\u{600}'x'"]
        return fixed + (0..<count).map { _ in (0..<(next() % 20)).map { _ in alphabet[next() % alphabet.count] }.joined() }
    }

    @Test func strippedLineMatchesTheCharacterDefinition() {
        var unchanged = 0
        for text in Self.samples() {
            let stripped = CodeTokens.stripped(text)
            #expect(ASCIIText.sameBytes(stripped, CodeTokens.strippedCharacters(text)), "\(text.debugDescription)")
            if !ASCIIText.isASCII(text), ASCIIText.sameBytes(stripped, text) { unchanged += 1 }
        }
        #expect(unchanged > 100)
    }

    @Test func backtickCountOnTheBufferMatchesTheUTF8View() {
        for text in Self.samples() {
            #expect(CodeLines.hasTwoBackticks(text) == (text.utf8.filter { $0 == UInt8(ascii: "`") }.count >= 2), "\(text.debugDescription)")
        }
    }

    @Test func inlineCodeMatchesTheBacktickSplitOnNonASCIILines() {
        for text in Self.samples() where !ASCIIText.isASCII(text) {
            let split = text.split(separator: "`", omittingEmptySubsequences: false)
            let spans = split.count >= 3 ? stride(from: 1, to: split.count - 1, by: 2).map { String(split[$0]) } : []
            #expect(CodeLines.inlineCode(in: text) == spans, "\(text.debugDescription)")
        }
    }
}
