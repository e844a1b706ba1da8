/// Quantifiers `* + ? {m,n}` and their lazy and possessive forms.
extension RegexParser {
    /// Applies the quantifier at `start` to the node before it. A `{` that does not open a valid
    /// `{m}`, `{m,}`, `{,n}` or `{m,n}` is a literal brace.
    mutating func parseRepeat(_ symbol: Unicode.Scalar, at start: Int) throws(RegexSyntaxError) {
        let here = scanner.position
        var lower = 0
        var upper: Int?
        switch symbol {
        case "?": upper = 1
        case "+": lower = 1
        case "*": break
        default:
            if let next = scanner.next, next.is("}") {
                append(.literal(symbol.value), from: start, width: .one)
                return
            }
            let low = try scanner.get(upTo: Int.max) { $0.isDigit }
            var high = low
            if try scanner.match(",") { high = try scanner.get(upTo: Int.max) { $0.isDigit } }
            guard try scanner.match("}") else {
                try scanner.seek(here)
                append(.literal(symbol.value), from: start, width: .one)
                return
            }
            if !low.isEmpty { lower = try repeatCount(low, at: start) }
            if !high.isEmpty {
                let count = try repeatCount(high, at: start)
                if count < lower { throw .syntax("min repeat greater than max repeat", at: here) }
                upper = count
            }
        }
        guard let item = top.items.last else { throw .syntax("nothing to repeat", at: start) }
        switch item.kind {
        case .anchor: throw .syntax("nothing to repeat", at: start)
        case .quantified: throw .syntax("multiple repeat", at: start)
        default: break
        }
        var mode = RegexQuantifier.Mode.greedy
        if try scanner.match("?") {
            mode = .lazy
        } else if try scanner.match("+") {
            mode = .possessive
        }
        let quantifier = RegexQuantifier(min: lower, max: upper, mode: mode)
        let node = RegexNode(
            kind: .quantified(quantifier, item), offset: item.offset, end: scanner.position,
            width: item.width.repeated(min: lower, max: upper))
        top.items[top.items.count - 1] = node
    }

    /// A repeat bound; Python raises `OverflowError` (no position) from `MAXREPEAT` up.
    private func repeatCount(_ digits: [Unicode.Scalar], at start: Int) throws(RegexSyntaxError) -> Int {
        var value = 0
        for digit in digits {
            value = value * 10 + Int(digit.value - 48)
            if value >= Self.maxRepeat {
                throw RegexSyntaxError(
                    kind: .overflow, message: "the repetition number is too large", offset: start, pythonPosition: nil)
            }
        }
        return value
    }
}
