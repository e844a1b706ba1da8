/// Zero-width assertions that are not lookarounds. Python refuses to repeat these.
public enum RegexAnchor: Hashable, Sendable {
    /// `^`
    case lineStart
    /// `$`
    case lineEnd
    /// `\A`
    case stringStart
    /// `\Z`
    case stringEnd
    /// `\b` outside a set
    case wordBoundary
    /// `\B`
    case notWordBoundary
}
