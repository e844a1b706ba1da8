import Foundation
import Testing
@testable import ErrKB

/// The bundle's files are written through POSIX calls: every byte lands, and a failure names the
/// file and the system's reason.
@Suite struct OutputFileTests {
    private func scratchFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("errkb-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func writesEveryByteOfALargeBufferAndEmptiesAFileItReplaces() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("large.json").path
        // More than one pipe or page cache chunk, with no repeating pattern a short write could hide.
        let bytes = (0..<(5 << 20) + 13).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) }
        let file = try OutputFile(creating: path, reportedAs: "large.json")
        try file.write(bytes)
        try file.write([])
        try file.close()
        #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))) == bytes)
        let again = try OutputFile(creating: path, reportedAs: "large.json")
        try again.write(Array("{}".utf8))
        try again.close()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{}")
    }

    @Test func aFileThatCannotBeCreatedIsRefusedByItsReportedName() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = #expect(throws: RunError.self) {
            _ = try OutputFile(creating: folder.appendingPathComponent("missing/records/x.json").path, reportedAs: "records/x.json")
        }
        #expect(error?.description == "cannot write records/x.json: No such file or directory", "\(String(describing: error))")
    }

    @Test func syncingTheFileSystemAndAFolderLeavesTheirFilesAsTheyWere() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try OutputFile(creating: folder.appendingPathComponent("a.json").path, reportedAs: "a.json")
        try file.write(Array("[]".utf8))
        try file.close()
        try syncFileSystem(holding: folder.path)
        syncFolder(folder.path)
        syncFolder(folder.appendingPathComponent("no-such-folder").path)
        #expect(try String(contentsOfFile: folder.appendingPathComponent("a.json").path, encoding: .utf8) == "[]")
        #if os(Linux)
        // `syncfs` needs the folder open: a folder that is gone is an error, not a silent pass.
        #expect(throws: RunError.self) { try syncFileSystem(holding: folder.appendingPathComponent("no-such-folder").path) }
        #endif
    }
}
