import Foundation
import Testing

/// Compares output with a golden file; `ERRKB_UPDATE_GOLDEN=1 swift test` rewrites the files
/// (review the diff before committing).
enum Golden {
    static func check(_ actual: String, against url: URL, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        if ProcessInfo.processInfo.environment["ERRKB_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            return
        }
        let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? "<missing \(url.lastPathComponent)>"
        #expect(actual == expected, "golden \(url.lastPathComponent) differs", sourceLocation: sourceLocation)
    }
}
