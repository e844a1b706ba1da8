/// Python's inline flags `a i L m s u x` (and the undocumented `t`).
public struct RegexFlags: OptionSet, Hashable, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let template = RegexFlags(rawValue: 1)
    public static let ignoreCase = RegexFlags(rawValue: 2)
    public static let locale = RegexFlags(rawValue: 4)
    public static let multiline = RegexFlags(rawValue: 8)
    public static let dotAll = RegexFlags(rawValue: 16)
    public static let unicode = RegexFlags(rawValue: 32)
    public static let verbose = RegexFlags(rawValue: 64)
    public static let ascii = RegexFlags(rawValue: 256)

    /// The flags that choose how `\w`, `\b`, case folding behave; at most one may be on.
    static let typeFlags: RegexFlags = [.ascii, .locale, .unicode]
    /// Flags that apply to the whole pattern and cannot be scoped.
    static let globalOnly: RegexFlags = [.template]

    /// The flag an inline letter stands for, or nil when the letter is not a flag.
    init?(letter: Unicode.Scalar) {
        switch letter {
        case "i": self = .ignoreCase
        case "L": self = .locale
        case "m": self = .multiline
        case "s": self = .dotAll
        case "x": self = .verbose
        case "a": self = .ascii
        case "t": self = .template
        case "u": self = .unicode
        default: return nil
        }
    }

    /// The flags a consumer may compile with, by their Python names, as `regex.flags` in
    /// `errkb.yml` and `errkb match --format json` write them.
    public static let consumerFlagNames: [(name: String, flag: RegexFlags)] = [
        ("IGNORECASE", .ignoreCase), ("MULTILINE", .multiline), ("DOTALL", .dotAll), ("ASCII", .ascii),
    ]
}
