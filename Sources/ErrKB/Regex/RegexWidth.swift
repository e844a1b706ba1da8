/// The fewest and most characters a node can match, computed as Python's `getwidth` does.
///
/// Arithmetic saturates at `UInt64.max`, which stands for Python's `MAXWIDTH` (unbounded):
/// Python only ever compares a width with `MAXCODE` (2³²−1) and with itself, and both
/// comparisons give the same answer once a value is past 2³².
public struct RegexWidth: Hashable, Sendable {
    public var min: UInt64
    public var max: UInt64

    public init(min: UInt64, max: UInt64) {
        self.min = min
        self.max = max
    }

    /// True when the node can match arbitrarily many characters.
    public var isUnbounded: Bool { max == .max }

    static let zero = RegexWidth(min: 0, max: 0)
    static let one = RegexWidth(min: 1, max: 1)

    /// Width of two nodes in sequence.
    func followed(by other: RegexWidth) -> RegexWidth {
        RegexWidth(min: Self.add(min, other.min), max: Self.add(max, other.max))
    }

    /// Width of a choice between two nodes.
    func or(_ other: RegexWidth) -> RegexWidth {
        RegexWidth(min: Swift.min(min, other.min), max: Swift.max(max, other.max))
    }

    /// Width of this node repeated `lower...upper` times (`upper` nil when unbounded).
    func repeated(min lower: Int, max upper: Int?) -> RegexWidth {
        let low = Self.multiply(min, UInt64(lower))
        guard let upper else { return RegexWidth(min: low, max: max == 0 ? 0 : .max) }
        return RegexWidth(min: low, max: Self.multiply(max, UInt64(upper)))
    }

    private static func add(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? .max : sum
    }

    private static func multiply(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? .max : product
    }
}
