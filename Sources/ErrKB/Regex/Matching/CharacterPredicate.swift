/// What one character-consuming node accepts, as a test on one code point.
enum CharacterPredicate {
    /// The test for a literal, `.`, `[...]` or `\d`-style node under `flags`; nil for any other node.
    static func make(_ node: RegexNode, _ flags: MatchCompiler.Flags) -> (@Sendable (UInt32) -> Bool)? {
        switch node.kind {
        case .literal(let c):
            guard flags.ignoreCase else { return { $0 == c } }
            let (fold, ascii) = (PythonCaseFolding.fold(c, ascii: flags.ascii), flags.ascii)
            return { PythonCaseFolding.fold($0, ascii: ascii) == fold }
        case .any:
            let dotAll = flags.dotAll
            return { dotAll || $0 != 0x0A }
        case .characterClass(let cls):
            let set = MatchCharacterSet(items: cls.items, isNegated: cls.isNegated, ignoreCase: flags.ignoreCase, ascii: flags.ascii)
            return { set.contains($0) }
        case .classEscape(let escape):
            let ascii = flags.ascii
            return { PythonCharacterKinds.matches(escape, $0, ascii: ascii) }
        default:
            return nil
        }
    }
}
