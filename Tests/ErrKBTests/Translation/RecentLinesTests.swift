import Testing
@testable import ErrKB

/// The ring of recently split texts answers exactly as splitting again would, and forgets only
/// the oldest texts once full.
@Suite struct RecentLinesTests {
    static let texts: [String] = (0..<80).map { index in
        index % 3 == 0 ? "Retry:\nimport time\n    time.sleep(\(index))" : index % 3 == 1 ? "重试：\n  x = \(index)\n步骤 \(index)" : "line \(index)"
    }

    @Test func answersAsSplittingDoesWhileTheTextIsRemembered() {
        var recent = RecentLines()
        for (count, text) in Self.texts.enumerated() {
            for codeLines in [true, false] {
                #expect(recent.lines(of: text, codeLines: codeLines) == nil)
                recent.remember(CodeLines.split(text, codeLines: codeLines), of: text, codeLines: codeLines)
            }
            // The last 16 texts (32 entries) are remembered, each with its own setting.
            for earlier in Self.texts[max(0, count - 15)...count] {
                for codeLines in [true, false] {
                    let remembered = recent.lines(of: earlier, codeLines: codeLines)
                    let split = CodeLines.split(earlier, codeLines: codeLines)
                    #expect(remembered?.map(\.text) == split.map(\.text), "\(earlier.debugDescription)")
                    #expect(remembered?.map(\.isCode) == split.map(\.isCode))
                    #expect(remembered?.map(\.offset) == split.map(\.offset))
                }
            }
            if count >= 16 {
                #expect(recent.lines(of: Self.texts[count - 16], codeLines: true) == nil)
            }
        }
    }
}

/// A split that takes the verdicts of lines it has seen gives the lines a fresh split gives.
@Suite struct ReusedVerdictTests {
    /// Code and prose lines, many of the same length, so that a verdict taken from a line of
    /// the same length but other bytes would show.
    static let pieces = ["import os", "Import os", "x = 1", "x - 1", "  indented", "indented  ", "pip install a",
                         "Pip install a", "重试：", "步骤：", "f(x)", "f x", "}", ")", "- item", "* item", "# note",
                         "$ npm i", "a $ npm", "print('重试')", "说明 '重试'"]

    /// Deterministic random texts of those lines, so a failure repeats.
    static func texts(count: Int = 400, seed: UInt64 = 0xFEED) -> [String] {
        var state = seed
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        return (0..<count).map { _ in (0...(next() % 6)).map { _ in pieces[next() % pieces.count] }.joined(separator: "\n") }
    }

    @Test func reusedVerdictsMatchAFreshSplit() {
        let texts = Self.texts()
        for (earlier, text) in zip(texts, texts.dropFirst()) {
            let known = CodeLines.split(earlier, codeLines: true)
            let reused = CodeLines.split(text, codeLines: true, verdictsFrom: known)
            let fresh = CodeLines.split(text, codeLines: true)
            #expect(reused.map(\.isCode) == fresh.map(\.isCode), "\(text.debugDescription) after \(earlier.debugDescription)")
            #expect(reused.map(\.text) == fresh.map(\.text))
            #expect(reused.map(\.offset) == fresh.map(\.offset))
            #expect(CodeLines.split(text, codeLines: false, verdictsFrom: known).allSatisfy { !$0.isCode })
        }
    }

    @Test func theRingOffersTheNewestCodeLinesSplit() {
        var recent = RecentLines()
        recent.remember(CodeLines.split("import os", codeLines: true), of: "import os", codeLines: true)
        recent.remember(CodeLines.split("Import os", codeLines: false), of: "Import os", codeLines: false)
        #expect(recent.lookUp("x = 1", codeLines: true).newestCodeLines.map(\.text) == ["import os"])
        #expect(recent.lookUp("x = 1", codeLines: false).newestCodeLines.isEmpty)
        #expect(recent.lookUp("import os", codeLines: true).lines?.map(\.isCode) == [true])
    }
}
