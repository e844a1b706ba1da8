/// The two kinds of record files errkb reads.
public enum SourceFormat: String, Sendable, Hashable {
    /// A contributor's source under `records/`.
    case yaml
    /// A canonical record, e.g. from a release bundle.
    case json

    /// The format a file name implies, or nil for files errkb does not read.
    public init?(fileName: String) {
        if fileName.hasSuffix(".yaml") || fileName.hasSuffix(".yml") {
            self = .yaml
        } else if fileName.hasSuffix(".json") {
            self = .json
        } else {
            return nil
        }
    }
}
