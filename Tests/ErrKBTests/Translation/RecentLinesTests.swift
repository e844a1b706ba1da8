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
