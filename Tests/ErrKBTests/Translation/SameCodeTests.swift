import Testing
@testable import ErrKB

/// `CodeTokens.sameCode`, which skips tokenizing code copied byte for byte, answers as comparing
/// the tokens of both texts does.
@Suite struct SameCodeTests {
    static let lines = ["Retry with backoff:", "import time", "  time.sleep(2 ** attempt)", "    time.sleep(3 ** attempt)",
                        "print('retry')", "print('重试')", "print(\"retry\")  # note", "print(\"retry\")  # 注释", "pip install x==1.2",
                        "pip install x==1.3", "Set `timeout=30` here", "设置 `timeout=30`", "设置 `timeout = 30`", "设置 `timeout=60`",
                        "x = 1", "x  =  1", "固定版本：", "", "  ", "}", "a;", "$ npm i", "使用 `npm ci`", "\tindented()"]

    static func texts(count: Int, seed: UInt64) -> [String] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            (0..<Int(random.next() % 5)).map { _ in lines[Int(random.next() % UInt64(lines.count))] }.joined(separator: "\n")
        }
    }

    private func tokensAgree(_ a: String, _ b: String, codeLines: Bool) -> Bool {
        CodeTokens.code(of: a, codeLines: codeLines).flatMap(\.tokens) == CodeTokens.code(of: b, codeLines: codeLines).flatMap(\.tokens)
    }

    @Test func sameCodeAnswersAsTheTokensDo() {
        let texts = Self.texts(count: 1500, seed: 0xC0DE5)
        var copies = 0
        for (index, english) in texts.enumerated() {
            // A byte copy, a copy with one line swapped, and an unrelated text.
            let swapped = english.replacingOccurrences(of: "retry", with: "重试")
            for translated in [english, swapped, texts[(index * 7 + 3) % texts.count]] {
                for codeLines in [true, false] {
                    if english == translated { copies += 1 }
                    #expect(CodeTokens.sameCode(english, translated, codeLines: codeLines) == tokensAgree(english, translated, codeLines: codeLines),
                            "\(english.debugDescription) vs \(translated.debugDescription)")
                }
            }
        }
        #expect(copies > 3000)
    }
}
