import Testing
@testable import ErrKB

/// The one-pass search for month names agrees with a byte search per name.
@Suite struct MonthSearchTests {
    @Test func onePassSearchMatchesASearchPerName() {
        let pieces = ["Jan", "January", "June", "Ju", "May", "Ma", "March", "Marc", "Sept", "September", "Oct", "October 3",
                      "Nov", "November", "Dec", "December", "Feb", "February", "Apr", "April", "Augus", "August", "JULY", "july",
                      "July", " ", "1", "中文", "é", "J", "D", "O", "N", "Se", "Fe", "Au", "Ap"]
        var random = SplitMix64(seed: 0x0DA7E)
        var mentions = 0
        for _ in 0..<4000 {
            let text = (0..<(random.next() % 6)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let expected = NumberTokens.months.contains { ASCIIText.contains($0, in: text) }
            #expect(NumberTokens.mentionsMonth(text) == expected, "\(text.debugDescription)")
            if expected { mentions += 1 }
        }
        #expect(mentions > 500 && mentions < 3500)
    }
}
