/// Why Python's `re.compile` refuses a pattern, worded as Python words it.
public struct RegexSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Which Python exception the failure corresponds to.
    public enum Kind: String, Hashable, Sendable {
        /// `re.error`, raised by the parser or the compiler.
        case error
        /// `OverflowError`: a repeat count of 2³²−1 or more.
        case overflow
        /// `ValueError`: flag combinations refused after parsing (`(?a)(?u)`).
        case value
        /// errkb's own limit on nesting; Python would hit `RecursionError` somewhere past it.
        case nestingLimit
    }

    public var kind: Kind
    /// Python's message, e.g. `missing ), unterminated subpattern`.
    public var message: String
    /// Where the problem is, in Unicode scalars from the start of the pattern. Equals Python's
    /// `error.pos` when Python reports one; otherwise the start of the offending construct.
    public var offset: Int
    /// Python's `error.pos`: nil for exceptions that carry no position (look-behind width,
    /// repeat overflow, flag conflicts found after parsing).
    public var pythonPosition: Int?

    public init(kind: Kind = .error, message: String, offset: Int, pythonPosition: Int?) {
        self.kind = kind
        self.message = message
        self.offset = offset
        self.pythonPosition = pythonPosition
    }

    /// An `re.error` raised while parsing, which always carries its position.
    static func syntax(_ message: String, at offset: Int) -> RegexSyntaxError {
        RegexSyntaxError(message: message, offset: offset, pythonPosition: offset)
    }

    public var description: String {
        if let pythonPosition { return "\(message) at position \(pythonPosition)" }
        return message
    }
}
