/// Bounds on untrusted input, so no pull request can make a run crash, hang or grow without end.
public struct LoadLimits: Sendable, Hashable {
    /// Largest file read, in bytes.
    public var maxFileBytes: Int
    /// Deepest nesting of mappings and sequences.
    public var maxDepth: Int
    /// Longest scalar, in bytes.
    public var maxScalarBytes: Int
    /// Most diagnostics reported for one file; the rest are summarised in one more.
    public var maxDiagnosticsPerFile: Int

    public init(maxFileBytes: Int = 1 << 20, maxDepth: Int = 32, maxScalarBytes: Int = 256 << 10,
                maxDiagnosticsPerFile: Int = 100) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxScalarBytes = maxScalarBytes
        self.maxDiagnosticsPerFile = maxDiagnosticsPerFile
    }

    public static let standard = LoadLimits()
}
