/// What a parenthesised construct with a body does.
public enum RegexGroupKind: Hashable, Sendable {
    /// `(...)` or `(?P<name>...)`; `index` counts from 1 in order of opening.
    case capturing(index: Int, name: String?)
    /// `(?:...)`
    case nonCapturing
    /// `(?>...)`
    case atomic
    /// `(?i-s:...)`: flags turned on and off for the body only.
    case scopedFlags(on: RegexFlags, off: RegexFlags)
    /// `(?=...)` or `(?!...)`.
    case lookahead(isNegative: Bool)
    /// `(?<=...)` or `(?<!...)`; Python requires a fixed width.
    case lookbehind(isNegative: Bool)
}
