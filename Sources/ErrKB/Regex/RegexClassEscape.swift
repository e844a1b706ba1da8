/// The category escapes usable both inside and outside a set.
public enum RegexClassEscape: Hashable, Sendable {
    case digit, notDigit, word, notWord, space, notSpace

    /// The escape letter after the backslash (`d` for `\d`), or nil for any other letter.
    init?(letter: Unicode.Scalar) {
        switch letter {
        case "d": self = .digit
        case "D": self = .notDigit
        case "w": self = .word
        case "W": self = .notWord
        case "s": self = .space
        case "S": self = .notSpace
        default: return nil
        }
    }
}
