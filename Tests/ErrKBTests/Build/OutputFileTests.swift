import Foundation
import Testing
@testable import ErrKB

/// The bundle's files are written through POSIX calls: every byte lands, however the system
/// takes them, and a failure names the file and the system's reason.
@Suite struct OutputFileTests {
    private func scratchFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("errkb-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Bytes with no period a misplaced chunk could hide behind (xorshift).
    private func noise(_ count: Int) -> [UInt8] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<count).map { _ in
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return UInt8(truncatingIfNeeded: state >> 32)
        }
    }

    @Test func writesEveryByteOfALargeBufferAndEmptiesAFileItReplaces() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("large.json").path
        let bytes = noise((5 << 20) + 13)
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

    /// The loop itself, against a system that takes at most 7 bytes a call and interrupts every
    /// third one: a regular file takes megabytes in one call, so only this reaches the loop.
    @Test func shortAndInterruptedWritesGoOnFromWhereTheyStopped() {
        let bytes = noise(1_000)
        var received: [UInt8] = []
        var calls = 0
        let error = bytes.withUnsafeBytes { buffer in
            OutputFile.writeAll(buffer) { piece in
                calls += 1
                if calls % 3 == 0 {
                    errno = EINTR
                    return -1
                }
                let taken = min(piece.count, 7)
                received += piece.prefix(taken)
                return taken
            }
        }
        #expect(error == nil)
        #expect(received == bytes)
    }

    @Test func aWriteThatFailsOrTakesNothingIsAnError() {
        let bytes: [UInt8] = Array("{}".utf8)
        let failed = bytes.withUnsafeBytes { buffer in
            OutputFile.writeAll(buffer) { _ in
                errno = ENOSPC
                return -1
            }
        }
        #expect(failed == ENOSPC)
        let stalled = bytes.withUnsafeBytes { buffer in OutputFile.writeAll(buffer) { _ in 0 } }
        #expect(stalled == EIO)
    }

    @Test func theSystemsErrorsReachTheUserWithTheFilesName() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = #expect(throws: RunError.self) {
            _ = try OutputFile(creating: folder.appendingPathComponent("missing/records/x.json").path, reportedAs: "records/x.json")
        }
        #expect(missing?.description == "cannot write records/x.json: No such file or directory", "\(String(describing: missing))")
        let file = try OutputFile(creating: folder.appendingPathComponent("a.json").path, reportedAs: "a.json")
        try file.close()
        let closedTwice = #expect(throws: RunError.self) { try file.close() }
        #expect(closedTwice?.description == "cannot write a.json: Bad file descriptor", "\(String(describing: closedTwice))")
        #if os(Linux)
        let full = try OutputFile(creating: "/dev/full", reportedAs: "full.json")
        let noSpace = #expect(throws: RunError.self) { try full.write(Array("[]".utf8)) }
        #expect(noSpace?.description == "cannot write full.json: No space left on device", "\(String(describing: noSpace))")
        #endif
    }

    @Test func syncingTheFileSystemAndAFolderLeavesTheirFilesAsTheyWere() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try OutputFile(creating: folder.appendingPathComponent("a.json").path, reportedAs: "a.json")
        try file.write(Array("[]".utf8))
        try file.close()
        try syncFileSystem(holding: folder.path, reportedAs: "dist")
        syncFolder(folder.path)
        syncFolder(folder.appendingPathComponent("no-such-folder").path)
        #expect(try String(contentsOfFile: folder.appendingPathComponent("a.json").path, encoding: .utf8) == "[]")
        #if os(Linux)
        // `syncfs` needs the folder open: a folder that is gone is an error, named as the user
        // named the bundle, not a silent pass.
        let gone = #expect(throws: RunError.self) {
            try syncFileSystem(holding: folder.appendingPathComponent("no-such-folder").path, reportedAs: "dist")
        }
        #expect(gone?.description == "cannot write dist: the files could not be saved to disk: No such file or directory", "\(String(describing: gone))")
        #endif
    }
}
