import Synchronization

/// The lines `CodeLines` last worked out, shared by the i18n rules: each of them splits the same
/// English and Chinese texts of a record into code and prose, and a record's rules run one after
/// another on one thread, so a few recent texts cover them all. `lines(of:)` is a pure function
/// of the text's bytes, so a hit is exactly what splitting again would give.
struct RecentLines: Sendable {
    private struct Entry: Sendable {
        let text: String
        let codeLines: Bool
        let lines: [CodeLines.Line]
    }

    /// Enough for the pairs of the records the cores are working on at once.
    private static let capacity = 32
    private var entries: [Entry] = []
    private var next = 0

    static let shared = Mutex(RecentLines())

    func lines(of text: String, codeLines: Bool) -> [CodeLines.Line]? {
        let count = text.utf8.count
        // Bytes, not `==`: String equality normalizes non-ASCII text, which is slow and could
        // match a text whose scalars, and so whose offsets, differ.
        return entries.first { $0.codeLines == codeLines && $0.text.utf8.count == count && ASCIIText.sameBytes($0.text, text) }?.lines
    }

    mutating func remember(_ lines: [CodeLines.Line], of text: String, codeLines: Bool) {
        let entry = Entry(text: text, codeLines: codeLines, lines: lines)
        if entries.count < Self.capacity {
            entries.append(entry)
        } else {
            entries[next] = entry
            next = (next + 1) % Self.capacity
        }
    }
}
