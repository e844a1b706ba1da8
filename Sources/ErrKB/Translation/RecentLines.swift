import Foundation

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

    /// Enough for the pairs of a few records.
    private static let capacity = 32
    private var entries: [Entry] = []
    private var next = 0

    /// `body` with the calling thread's own ring (each thread keeps up to `capacity` texts until
    /// it ends). A record's rules run on one thread, so its ring holds what they ask for, and no
    /// lock is taken: one ring shared by all threads behind a lock cost about 3% of `lint` on two
    /// cores, in the lock and in the reference counts of entries both read. `body` has the ring
    /// to itself: it must not ask for lines (the access would overlap, and Swift traps on that).
    static func withThreadRing<Result>(_ body: (inout RecentLines) -> Result) -> Result {
        body(&ThreadRing.current.ring)
    }

    func lines(of text: String, codeLines: Bool) -> [CodeLines.Line]? {
        let count = text.utf8.count
        // Newest first: the rules of a record ask for the texts its first rule split a moment
        // ago, so a hit is a few entries from the newest, where an oldest-first search passed
        // over most of the ring. Any matching entry holds the same lines.
        var index = newest
        for _ in entries.indices {
            // Bytes, not `==`: String equality normalizes non-ASCII text, which is slow and could
            // match a text whose scalars, and so whose offsets, differ.
            if entries[index].codeLines == codeLines, entries[index].text.utf8.count == count,
               ASCIIText.sameBytes(entries[index].text, text) {
                return entries[index].lines
            }
            index = index == 0 ? entries.count - 1 : index - 1
        }
        return nil
    }

    /// What the ring knows of a text: its lines if remembered, and otherwise the lines of the
    /// text split last with code lines, whose verdicts a new split may reuse.
    struct Lookup {
        let lines: [CodeLines.Line]?
        let newestCodeLines: [CodeLines.Line]
    }

    func lookUp(_ text: String, codeLines: Bool) -> Lookup {
        if let known = lines(of: text, codeLines: codeLines) { return Lookup(lines: known, newestCodeLines: []) }
        guard codeLines else { return Lookup(lines: nil, newestCodeLines: []) }
        var index = newest
        for _ in entries.indices {
            if entries[index].codeLines { return Lookup(lines: nil, newestCodeLines: entries[index].lines) }
            index = index == 0 ? entries.count - 1 : index - 1
        }
        return Lookup(lines: nil, newestCodeLines: [])
    }

    /// The index of the entry remembered last (0 when there is none).
    private var newest: Int {
        entries.count < Self.capacity ? max(entries.count - 1, 0) : (next + Self.capacity - 1) % Self.capacity
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

/// A thread's `RecentLines`, kept in a POSIX thread-specific slot and freed with its thread.
private final class ThreadRing {
    var ring = RecentLines()

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        // The destructor's argument is optional in glibc's header and not in Darwin's.
        #if os(Linux)
        pthread_key_create(&key) { box in box.map { Unmanaged<ThreadRing>.fromOpaque($0).release() } }
        #else
        pthread_key_create(&key) { box in Unmanaged<ThreadRing>.fromOpaque(box).release() }
        #endif
        return key
    }()

    static var current: ThreadRing {
        if let box = pthread_getspecific(key) { return Unmanaged<ThreadRing>.fromOpaque(box).takeUnretainedValue() }
        let ring = ThreadRing()
        pthread_setspecific(key, Unmanaged.passRetained(ring).toOpaque())
        return ring
    }
}
