import ArgumentParser
import ErrKB
import Foundation

/// Where a `RunError` leaves the program: printed to standard error, exit status 2.
enum RunFailure {
    /// Runs `body`, turning a `RunError` into a message and exit status 2.
    static func guarding<T>(_ body: () throws(RunError) -> T) throws -> T {
        do { return try body() } catch {
            FileHandle.standardError.write(Data("errkb: error: \(error.description)\n".utf8))
            throw ExitCode(2)
        }
    }
}
