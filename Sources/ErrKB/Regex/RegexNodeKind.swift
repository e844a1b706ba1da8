/// The shapes a Python pattern is made of.
public indirect enum RegexNodeKind: Hashable, Sendable {
    /// Matches the empty string: an empty branch or an empty group body.
    case empty
    /// One code point. Not a `Unicode.Scalar` because `\ud800` is a valid Python escape for a
    /// lone surrogate, which no Swift scalar can hold.
    case literal(UInt32)
    /// `.`: any character (but newline unless `s` is set).
    case any
    /// `[...]`.
    case characterClass(RegexCharacterClass)
    /// `\d \D \w \W \s \S` outside a class.
    case classEscape(RegexClassEscape)
    /// `^ $ \A \Z \b \B`.
    case anchor(RegexAnchor)
    /// Any parenthesised construct with a body: capture, `(?:)`, `(?>)`, scoped flags, lookaround.
    case group(RegexGroupKind, RegexNode)
    /// `(?(1)yes|no)` or `(?(name)yes)`.
    case conditional(RegexCondition, yes: RegexNode, no: RegexNode?)
    /// `\1` or `(?P=name)`; `name` is set for the named form.
    case backreference(index: Int, name: String?)
    /// `a|b|c`, at least two branches.
    case alternation([RegexNode])
    /// A sequence of at least two nodes.
    case concatenation([RegexNode])
    /// A node under `* + ? {m,n}`.
    case quantified(RegexQuantifier, RegexNode)
}
