/// The month names of ASCII text as `NumberTokens.monthInDate`,
/// `(\d\s)?\b(January|…|December)\b(\s\d)?`, finds them with `matches(of:)`, each with whether a
/// number is next to it: leftmost first, each optional group tried before it is skipped. `\s` is
/// a Character, so `\r\n` is one. Swift's `Regex` spent some two million instructions on a text
/// with a month in it, and as much again building the regex.
enum ASCIIMonthDates {
    /// A month name found, and whether a digit is written next to it (the regex's groups 1 or 3).
    struct Match: Equatable {
        let month: Int
        let isDate: Bool
    }

    static func matches(in text: String) -> [Match] {
        ASCIIText.matches(in: text) { bytes, start in match(bytes, at: start) }
    }

    /// The length of the whitespace Character at `index` (`\r\n` is one), or 0.
    private static func whitespace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        guard index < bytes.count, ASCIIText.isSpace(bytes[index]) else { return 0 }
        return bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
    }

    private static func match(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (Match, end: Int)? {
        // `(\d\s)`, then without it.
        if ASCIIText.isDigit(bytes[start]) {
            let space = whitespace(bytes, at: start + 1)
            if space > 0, let found = month(bytes, at: start + 1 + space) {
                return (Match(month: found.month, isDate: true), found.end)
            }
        }
        guard let found = month(bytes, at: start) else { return nil }
        return (Match(month: found.month, isDate: found.isDate), found.end)
    }

    /// `\b(January|…)\b(\s\d)?` at `start`: the month's number, whether a digit follows, the end.
    private static func month(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (month: Int, isDate: Bool, end: Int)? {
        guard ASCIIWordBoundary.isBoundary(bytes, at: start) else { return nil }
        let rest = UnsafeBufferPointer(rebasing: bytes[start...])
        guard let index = monthBytes.firstIndex(where: { rest.starts(with: $0) }) else { return nil }
        let end = start + monthBytes[index].count
        guard ASCIIWordBoundary.isBoundary(bytes, at: end) else { return nil }
        let space = whitespace(bytes, at: end)
        if space > 0, end + space < bytes.count, ASCIIText.isDigit(bytes[end + space]) {
            return (index + 1, true, end + space + 1)
        }
        return (index + 1, false, end)
    }

    private static let monthBytes = NumberTokens.months.map { Array($0.utf8) }
}
