/// Writes JSON exactly as Python's `json.dumps(value, indent=2, ensure_ascii=False)` does (keys in
/// the value's order, no trailing newline), and the compact `separators=(',', ':')` form.
public enum CanonicalJSON {
    /// The canonical, indented form.
    public static func string(_ value: JSONValue) -> String {
        var writer = Writer(indented: true)
        writer.write(value, depth: 0)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// One line, no spaces: the JSON Lines form.
    public static func compactString(_ value: JSONValue) -> String {
        var writer = Writer(indented: false)
        writer.write(value, depth: 0)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    private struct Writer {
        let indented: Bool
        var bytes: [UInt8] = []

        init(indented: Bool) {
            self.indented = indented
            bytes.reserveCapacity(8 << 10)
        }

        mutating func write(_ value: JSONValue, depth: Int) {
            switch value {
            case .null: append("null")
            case .bool(let b): append(b ? "true" : "false")
            case .integer(let i): append(String(i))
            case .number(let d): append(PythonFloatFormat.repr(d))
            case .string(let s): writeString(s)
            case .array(let items):
                guard !items.isEmpty else { return append("[]") }
                bytes.append(UInt8(ascii: "["))
                for (index, item) in items.enumerated() {
                    separator(first: index == 0, depth: depth + 1)
                    write(item, depth: depth + 1)
                }
                close(UInt8(ascii: "]"), depth: depth)
            case .object(let members):
                guard !members.isEmpty else { return append("{}") }
                bytes.append(UInt8(ascii: "{"))
                for (index, member) in members.enumerated() {
                    separator(first: index == 0, depth: depth + 1)
                    writeString(member.key)
                    append(indented ? ": " : ":")
                    write(member.value, depth: depth + 1)
                }
                close(UInt8(ascii: "}"), depth: depth)
            }
        }

        private mutating func separator(first: Bool, depth: Int) {
            if !first { bytes.append(UInt8(ascii: ",")) }
            newline(depth: depth)
        }

        private mutating func close(_ bracket: UInt8, depth: Int) {
            newline(depth: depth)
            bytes.append(bracket)
        }

        private mutating func newline(depth: Int) {
            guard indented else { return }
            bytes.append(UInt8(ascii: "\n"))
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
        }

        private mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

        private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

        /// Python escapes `"`, `\` and the C0 controls only; everything else is written as is.
        private mutating func writeString(_ text: String) {
            bytes.append(UInt8(ascii: "\""))
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "\""): append("\\\"")
                case UInt8(ascii: "\\"): append("\\\\")
                case 0x0A: append("\\n")
                case 0x0D: append("\\r")
                case 0x09: append("\\t")
                case 0x08: append("\\b")
                case 0x0C: append("\\f")
                case 0..<0x20:
                    append("\\u00")
                    bytes.append(Self.hex[Int(byte >> 4)])
                    bytes.append(Self.hex[Int(byte & 0xF)])
                default: bytes.append(byte)
                }
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }
}
