import Foundation

extension URL {
    /// This file URL's path as seen from `folder`, with `..` where needed (`../../schema/x.json`),
    /// for references a file makes to another (the scaffold's schema line). Symbolic links are
    /// not resolved: both URLs should be built from the same root.
    public func path(relativeTo folder: URL) -> String {
        let target = standardizedFileURL.pathComponents
        let base = folder.standardizedFileURL.pathComponents
        var common = 0
        while common < min(target.count, base.count), target[common] == base[common] { common += 1 }
        let ups = Array(repeating: "..", count: base.count - common)
        return (ups + target[common...]).joined(separator: "/")
    }
}
