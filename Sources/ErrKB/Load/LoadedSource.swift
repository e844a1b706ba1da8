/// One file after loading: its text, its node tree when it could be read, and what went wrong.
public struct LoadedSource: Sendable {
    /// Path relative to the KB root, `/` separators.
    public let file: String
    public let format: SourceFormat
    /// The text, when the file could be decoded; reporters show its lines under diagnostics.
    public let text: SourceText?
    /// The document's root node, nil when the file could not be parsed at all.
    public let root: Node?
    public var diagnostics: [Diagnostic]
    /// The file's stamp, taken when it was opened (before it was read), for the check cache;
    /// nil when it was not read from a file.
    var stamp: FileStamp? = nil
}
