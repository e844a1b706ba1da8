/// Bracketed sets `[...]`.
extension RegexParser {
    /// Reads a set whose `[` is at `start`. A `]` right after `[` or `[^` is a member, and a `-`
    /// before the closing `]` is a literal hyphen.
    mutating func parseClass(at start: Int) throws(RegexSyntaxError) {
        let isNegated = try scanner.match("^")
        var items: [RegexCharacterClass.Item] = []
        while true {
            let thisStart = scanner.position
            guard let this = try scanner.get() else { throw .syntax("unterminated character set", at: start) }
            if this.is("]") && !items.isEmpty { break }
            let first = this.isEscape ? try classEscape(this.scalar, at: thisStart) : .literal(this.scalar.value)
            guard try scanner.match("-") else {
                items.append(first)
                continue
            }
            let thatStart = scanner.position
            guard let that = try scanner.get() else { throw .syntax("unterminated character set", at: start) }
            if that.is("]") {
                items.append(first)
                items.append(.literal(45))
                break
            }
            let second = that.isEscape ? try classEscape(that.scalar, at: thatStart) : .literal(that.scalar.value)
            guard case .literal(let lower) = first, case .literal(let upper) = second, lower <= upper else {
                // Python names the two tokens as written (`\x` for `\x41`) and counts back from
                // where it stands by their lengths alone.
                throw scanner.error("bad character range \(this.text)-\(that.text)", back: this.length + 1 + that.length)
            }
            items.append(.range(lower, upper))
        }
        let set = RegexCharacterClass(isNegated: isNegated, items: items)
        append(.characterClass(set), from: start, width: .one)
    }
}
