import Foundation

/// Runs one python3 script over a whole batch of inputs: python is the oracle, never errkb.
enum PythonOracle {
    /// Whether python3 is on the machine; tests that need it skip with a message when it is not.
    static let isAvailable: Bool = (try? run(script: "print('ok')", input: "")) == "ok\n"

    /// Runs `script` with `input` on standard input and returns standard output.
    static func run(script: String, input: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        let writer = Thread {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
