/// Inline flags: global `(?aiLmsux)` and scoped `(?flags-flags:...)`.
extension RegexParser {
    /// Reads flags whose first character is `first` (after `(?` at `start`), then either records
    /// global flags or opens a scoped group.
    mutating func parseInlineFlags(_ first: RegexScanner.Token, at start: Int) throws(RegexSyntaxError) {
        var on: RegexFlags = []
        var char = first
        if !first.is("-") {
            while true {
                let flag = RegexFlags(letter: char.scalar) ?? []
                if flag == .locale {
                    throw scanner.error("bad inline flags: cannot use 'L' flag with a str pattern")
                }
                on.insert(flag)
                if RegexFlags.typeFlags.contains(flag) && on.intersection(RegexFlags.typeFlags) != flag {
                    throw scanner.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
                }
                guard let next = try scanner.get() else { throw scanner.error("missing -, : or )") }
                char = next
                if char.is(")") || char.is("-") || char.is(":") { break }
                guard Self.flag(char) != nil else {
                    throw scanner.error(Self.isAlpha(char) ? "unknown flag" : "missing -, : or )", back: char.length)
                }
            }
        }
        if char.is(")") {
            try setGlobalFlags(on, at: start)
            return
        }
        if !on.isDisjoint(with: RegexFlags.globalOnly) {
            throw scanner.error("bad inline flags: cannot turn on global flag", back: 1)
        }
        let off = char.is("-") ? try readFlagsTurnedOff() : []
        if !off.isDisjoint(with: RegexFlags.globalOnly) {
            throw scanner.error("bad inline flags: cannot turn off global flag", back: 1)
        }
        if !on.isDisjoint(with: off) {
            throw scanner.error("bad inline flags: flag turned on and off", back: 1)
        }
        let verbose = (top.verbose || on.contains(.verbose)) && !off.contains(.verbose)
        try push(.group(.scopedFlags(on: on, off: off)), at: start, verbose: verbose)
    }

    /// The flags after `-`, up to and including the `:`.
    private mutating func readFlagsTurnedOff() throws(RegexSyntaxError) -> RegexFlags {
        guard var char = try scanner.get() else { throw scanner.error("missing flag") }
        guard Self.flag(char) != nil else {
            throw scanner.error(Self.isAlpha(char) ? "unknown flag" : "missing flag", back: char.length)
        }
        var off: RegexFlags = []
        while true {
            let flag = Self.flag(char) ?? []
            if RegexFlags.typeFlags.contains(flag) {
                throw scanner.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
            }
            off.insert(flag)
            guard let next = try scanner.get() else { throw scanner.error("missing :") }
            char = next
            if char.is(":") { return off }
            guard Self.flag(char) != nil else {
                throw scanner.error(Self.isAlpha(char) ? "unknown flag" : "missing :", back: char.length)
            }
        }
    }

    /// `(?flags)`: only before anything else in the pattern's first branch (Python 3.11).
    private mutating func setGlobalFlags(_ on: RegexFlags, at start: Int) throws(RegexSyntaxError) {
        flags.formUnion(on)
        guard top.isRoot, top.branches.isEmpty, top.items.isEmpty else {
            throw .syntax("global flags not at the start of the expression", at: start)
        }
        globalFlagsOffset = start
        top.verbose = flags.contains(.verbose)
    }

    private static func flag(_ token: RegexScanner.Token) -> RegexFlags? {
        token.isEscape ? nil : RegexFlags(letter: token.scalar)
    }

    private static func isAlpha(_ token: RegexScanner.Token) -> Bool {
        !token.isEscape && PythonText.isAlpha(token.scalar)
    }
}
