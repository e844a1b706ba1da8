/// The text of one source file and where its lines start, for carets and offset conversion.
public struct SourceText: Sendable, Hashable {
    public let text: String
    /// The lines without their terminators.
    public let lines: [Substring]

    public init(_ text: String) {
        self.text = text
        self.lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    }

    /// The text of a 1-based line, or nil past the end.
    public func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= lines.count else { return nil }
        return lines[number - 1]
    }

    /// Converts a byte offset in UTF-8 data to a line and a column counted in Unicode scalars.
    /// Works on raw bytes, because it is used for files that are not valid UTF-8.
    public static func location(ofByte offset: Int, in bytes: [UInt8]) -> SourceLocation {
        var line = 1
        var column = 1
        for byte in bytes.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1  // count lead bytes only: one per scalar
            }
        }
        return SourceLocation(line: line, column: column)
    }

    /// The byte offset of the first invalid UTF-8 sequence, or nil when the data is valid.
    public static func firstInvalidUTF8Offset(in bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
