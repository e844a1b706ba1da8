import Foundation

/// Runs one python3 process that compiles every pattern with `re.compile` and reports, per
/// pattern, acceptance or the exception raised.
enum PythonRegexOracle {
    /// What Python said about one pattern.
    enum Verdict: Hashable, CustomStringConvertible {
        case accepted
        /// `re.error` with its message and `pos` (nil when Python gives none).
        case rejected(message: String, position: Int?)
        /// Any other exception: its type name and text.
        case other(type: String, message: String)

        var description: String {
            switch self {
            case .accepted: return "ok"
            case .rejected(let message, let position): return "re.error(\(message.debugDescription), pos=\(position.map(String.init) ?? "None"))"
            case .other(let type, let message): return "\(type)(\(message.debugDescription))"
            }
        }
    }

    /// The python3 executable on PATH, if any.
    static let executable: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("python3")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }()

    private static let script = """
    import json, re, sys, warnings
    warnings.simplefilter("ignore")
    out = []
    for line in open(sys.argv[1], encoding="utf-8"):
        p = json.loads(line)
        try:
            re.compile(p)
            r = {"ok": True}
        except re.error as e:
            r = {"type": "error", "msg": e.msg, "pos": e.pos}
        except Exception as e:
            r = {"type": type(e).__name__, "msg": str(e)}
        out.append(json.dumps(r))
    sys.stdout.write("\\n".join(out) + "\\n")
    """

    /// Python's verdict on each pattern, in order.
    static func verdicts(for patterns: [String], python: URL) throws -> [Verdict] {
        let input = FileManager.default.temporaryDirectory
            .appendingPathComponent("errkb-regex-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: input) }
        var lines = Data()
        for pattern in patterns {
            lines.append(try JSONSerialization.data(withJSONObject: pattern, options: [.fragmentsAllowed]))
            lines.append(0x0A)
        }
        try lines.write(to: input)

        let process = Process()
        process.executableURL = python
        process.arguments = ["-c", script, input.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()

        return try data.split(separator: 0x0A).map { line in
            guard let object = try JSONSerialization.jsonObject(with: line) as? [String: Any] else {
                return .other(type: "unreadable", message: String(decoding: line, as: UTF8.self))
            }
            if object["ok"] != nil { return .accepted }
            let type = object["type"] as? String ?? "?"
            let message = object["msg"] as? String ?? ""
            if type == "error" { return .rejected(message: message, position: object["pos"] as? Int) }
            return .other(type: type, message: message)
        }
    }
}
