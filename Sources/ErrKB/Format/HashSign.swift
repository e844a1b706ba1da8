import Foundation

/// A `#` byte of a source, where a comment may start: its line (from 1, lines cut at `\n`), its
/// column in Unicode scalars (from 1), and the byte offsets of it and of its line.
struct HashSign {
    let line: Int
    let column: Int
    let offset: Int
    let lineStart: Int
    /// Where the line's `\n` is, or the end of the source (a `\r` before it is still included).
    let lineEnd: Int
    /// Whether only spaces and tabs come before it on its line.
    let isOwnLine: Bool

    /// Every `#` of `text` in order, found with memchr; lines are counted with memchr too, and a
    /// column is the bytes before it on its line less their UTF-8 continuation bytes.
    static func all(in text: String) -> [HashSign] {
        ASCIIText.withBytes(of: text) { bytes in
            guard let base = bytes.baseAddress else { return [] }
            let newline = Int32(UInt8(ascii: "\n"))
            var signs: [HashSign] = []
            var line = 1
            var lineStart = 0
            var lineEnd = -1
            var scanned = 0
            while scanned < bytes.count, let found = memchr(base + scanned, Int32(UInt8(ascii: "#")), bytes.count - scanned) {
                let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if offset > lineEnd {
                    // The lines between the last `#` and this one.
                    var cursor = max(lineEnd, lineStart)
                    while cursor < offset, let end = memchr(base + cursor, newline, offset - cursor) {
                        line += 1
                        cursor = base.distance(to: end.assumingMemoryBound(to: UInt8.self)) + 1
                        lineStart = cursor
                    }
                    lineEnd = memchr(base + offset, newline, bytes.count - offset)
                        .map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? bytes.count
                }
                let before = UnsafeBufferPointer(rebasing: bytes[lineStart..<offset])
                var continuations = 0
                var isOwnLine = true
                for byte in before {
                    continuations &+= Int((byte & 0xC0) == 0x80 ? 1 : 0)
                    isOwnLine = isOwnLine && (byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t"))
                }
                signs.append(HashSign(line: line, column: before.count - continuations + 1, offset: offset - lineStart,
                                      lineStart: lineStart, lineEnd: lineEnd, isOwnLine: isOwnLine))
                scanned = offset + 1
            }
            return signs
        }
    }
}
