import Testing
@testable import ErrKB

/// id-path's byte comparison says yes only where the general check finds the id at its path,
/// and says it for the ordinary files.
@Suite struct IdPathFastPathTests {
    @Test func agreesWithTheGeneralCheck() {
        var random = SplitMix64(seed: 0x1D9A)
        let alphabet: [Unicode.Scalar] = ["a", "b", "/", ".", "-", "é", "e", "\u{301}"]
        var yeses = 0
        for _ in 0..<20_000 {
            let file = random.text(from: alphabet, shorterThan: 14)
            // Half the ids are what the general check expects of the file, the others random.
            let id = random.next() % 2 == 0 ? (IdPathRule.expectedID(file: file) ?? "") : random.text(from: alphabet, shorterThan: 8)
            if IdPathRule.isAtItsPath(file: file, id: id) {
                yeses += 1
                #expect(IdPathRule.expectedID(file: file) == id, "\(file) \(id)")
            }
        }
        #expect(yeses > 100, "the comparison should say yes often enough to be tested")
        #expect(IdPathRule.isAtItsPath(file: "records/llm/rate-limit.yaml", id: "llm/rate-limit"))
        #expect(IdPathRule.isAtItsPath(file: "llm/v1.2.yaml", id: "llm/v1.2"))
        #expect(!IdPathRule.isAtItsPath(file: "records/llm/rate-limit.yaml", id: "llm/rate"))
        #expect(!IdPathRule.isAtItsPath(file: "records/llm/rate-limit", id: "llm/rate-limit"))
    }
}
