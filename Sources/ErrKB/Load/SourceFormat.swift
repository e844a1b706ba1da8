import Foundation

/// The two kinds of record files errkb reads.
public enum SourceFormat: String, Sendable, Hashable {
    /// A contributor's source under `records/`.
    case yaml
    /// A canonical record, e.g. from a release bundle.
    case json

    /// The format a file name implies, or nil for files errkb does not read.
    ///
    /// The extension is the name's last bytes, as the file system and the shell see it.
    /// `String.hasSuffix` compares Characters: it cost some 300 instructions a name (15M to
    /// list 50,000 records), and it missed the extension of a name whose last character before
    /// the dot clusters with the dot (a Unicode prepend character such as U+0600).
    public init?(fileName: String) {
        guard let format = ASCIIText.withBytes(of: fileName, Self.format(ofNameBytes:)) else { return nil }
        self = format
    }

    private static func format(ofNameBytes name: UnsafeBufferPointer<UInt8>) -> SourceFormat? {
        func endsWith(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            return name.count >= count && memcmp(name.baseAddress! + (name.count - count), suffix.utf8Start, count) == 0
        }
        if endsWith(".yaml") || endsWith(".yml") { return .yaml }
        return endsWith(".json") ? .json : nil
    }
}
