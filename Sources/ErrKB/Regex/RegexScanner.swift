/// Python's `sre` tokenizer over an array of scalars: a token is one character or a backslash
/// with the character after it, and the scanner always holds the next token in advance.
///
/// Keeping Python's one-token lookahead matters: a trailing lone backslash is reported as soon
/// as the token before it is consumed, before whatever error the parser would find next.
struct RegexScanner {
    /// One token: `scalar` alone, or `\` followed by `scalar` when `isEscape`.
    struct Token: Equatable {
        var scalar: Unicode.Scalar
        var isEscape: Bool

        var length: Int { isEscape ? 2 : 1 }

        /// The token as written in the pattern, for messages.
        var text: String { isEscape ? "\\" + String(scalar) : String(scalar) }

        /// True for the unescaped character `c`.
        func `is`(_ c: Unicode.Scalar) -> Bool { !isEscape && scalar == c }

        /// True for an unescaped ASCII digit.
        var isDigit: Bool { !isEscape && ("0"..."9").contains(scalar) }

        /// True for an unescaped octal digit.
        var isOctalDigit: Bool { !isEscape && ("0"..."7").contains(scalar) }

        /// True for an unescaped ASCII hexadecimal digit.
        var isHexDigit: Bool {
            !isEscape && (("0"..."9").contains(scalar) || ("a"..."f").contains(scalar) || ("A"..."F").contains(scalar))
        }
    }

    let scalars: [Unicode.Scalar]
    /// Index just past `next`.
    private var index = 0
    private(set) var next: Token?

    init(scalars: [Unicode.Scalar]) throws(RegexSyntaxError) {
        self.scalars = scalars
        try advance()
    }

    /// Python's `tell()`: where `next` starts (the pattern's length at the end).
    var position: Int { index - (next?.length ?? 0) }

    /// Moves to the next token.
    mutating func advance() throws(RegexSyntaxError) {
        guard index < scalars.count else {
            next = nil
            return
        }
        let c = scalars[index]
        if c == "\\" {
            guard index + 1 < scalars.count else {
                throw .syntax("bad escape (end of pattern)", at: scalars.count - 1)
            }
            next = Token(scalar: scalars[index + 1], isEscape: true)
            index += 2
        } else {
            next = Token(scalar: c, isEscape: false)
            index += 1
        }
    }

    /// Consumes and returns the next token (nil at the end).
    mutating func get() throws(RegexSyntaxError) -> Token? {
        let this = next
        try advance()
        return this
    }

    /// Consumes the next token when it is the unescaped character `c`.
    mutating func match(_ c: Unicode.Scalar) throws(RegexSyntaxError) -> Bool {
        guard let next, next.is(c) else { return false }
        try advance()
        return true
    }

    /// Consumes up to `count` tokens while `accept` holds; returns their scalars.
    mutating func get(upTo count: Int, while accept: (Token) -> Bool) throws(RegexSyntaxError) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        for _ in 0..<count {
            guard let next, accept(next) else { break }
            result.append(next.scalar)
            try advance()
        }
        return result
    }

    /// Reads a name up to `terminator` (Python's `getuntil`); escape tokens stay in the name
    /// with their backslash, as Python keeps them.
    mutating func name(until terminator: Unicode.Scalar, what: String) throws(RegexSyntaxError) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        while true {
            let c = next
            try advance()
            guard let c else {
                if result.isEmpty { throw .syntax("missing " + what, at: position) }
                throw .syntax("missing \(terminator), unterminated name", at: position - result.count)
            }
            if c.is(terminator) {
                if result.isEmpty { throw .syntax("missing " + what, at: position - 1) }
                return result
            }
            if c.isEscape { result.append("\\") }
            result.append(c.scalar)
        }
    }

    /// Goes back to `offset`, which must be a token boundary already visited.
    mutating func seek(_ offset: Int) throws(RegexSyntaxError) {
        index = offset
        try advance()
    }

    /// An `re.error` at `offset` scalars before the current position, as Python's `error()`.
    func error(_ message: String, back offset: Int = 0) -> RegexSyntaxError {
        .syntax(message, at: position - offset)
    }
}
