/// The text of one source file and where its lines start, for carets and offset conversion.
public struct SourceText: Sendable, Hashable {
    public let text: String

    public init(_ text: String) { self.text = text }

    /// Every line without its terminator, split on demand (only the style rules need them all).
    public var lines: [Substring] {
        text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { bytes in
            var line = Substring(bytes)
            if line.utf8.last == UInt8(ascii: "\r") { line = line.dropLast() }
            return line
        }
    }

    /// The lines holding `byte` (not a line break), numbered from 1 and cut as `lines` cuts them;
    /// the other lines are only counted, never split out.
    public func lines(containing byte: UInt8) -> [(number: Int, text: Substring)] {
        // Byte offsets of the lines first, from the buffer; Substrings only for the lines kept.
        let ranges: [(number: Int, bytes: Range<Int>)] = ASCIIText.withBytes(of: text) { bytes in
            var ranges: [(number: Int, bytes: Range<Int>)] = []
            var number = 1
            var start = 0
            var holdsByte = false
            for (offset, current) in bytes.enumerated() {
                if current == UInt8(ascii: "\n") {
                    if holdsByte { ranges.append((number, start..<offset)) }
                    number += 1
                    start = offset + 1
                    holdsByte = false
                } else if current == byte {
                    holdsByte = true
                }
            }
            if holdsByte { ranges.append((number, start..<bytes.count)) }
            return ranges
        }
        let utf8 = text.utf8
        return ranges.map { number, bytes in
            let start = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)
            return (number, line(from: start, to: utf8.index(start, offsetBy: bytes.count)))
        }
    }

    private func line(from start: String.Index, to end: String.Index) -> Substring {
        var line = text[start..<end]
        if line.utf8.last == UInt8(ascii: "\r") { line = line.dropLast() }
        return line
    }

    /// The text of a 1-based line without its terminator, or nil past the end. Lines are found
    /// on demand: most files have no diagnostic, so splitting every file up front is wasted work.
    public func line(_ number: Int) -> Substring? {
        guard number >= 1 else { return nil }
        let utf8 = text.utf8
        var start = utf8.startIndex
        for _ in 1..<number {
            guard let newline = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            start = utf8.index(after: newline)
        }
        guard start < utf8.endIndex || number == 1 || utf8.last == UInt8(ascii: "\n") else { return nil }
        var end = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
        if end > start, utf8[utf8.index(before: end)] == UInt8(ascii: "\r") { end = utf8.index(before: end) }
        return text[start..<end]
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
