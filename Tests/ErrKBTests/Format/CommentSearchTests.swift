import Testing
@testable import ErrKB

/// Comments found by searching the source's bytes for `#` are the ones found by cutting every
/// line holding a `#` into scalars: same lines, columns, texts and placement.
@Suite struct CommentSearchTests {
    /// Pieces of YAML lines: `#` in plain and quoted scalars, in keys, as comments after a value
    /// or on a line of their own, after non-ASCII text, before a combining mark, with CR LF ends
    /// and trailing blanks.
    static let lines = ["a: 1", "b: x # note", "# top", "  # own line", "c: 'a # b'", "d: \"#x\" # 中文注释  ", "e: 中文 # 注释\t",
                        "f: é # c", "g: 1 #\u{301} x", "h: url#frag", "i: 1\r", "j: 2 # crlf\r", "- item # i", "- '#'",
                        "k: |", "  line # kept", "l: 2 #", "\"m#\": 3 # key", "n: \u{600} # x \u{600} ", "   ", "o: 1 ## two", "q: '中文中文中文 # 注'"]

    /// Deterministic random sources of those lines, so a failure repeats.
    static func sources(count: Int = 600) -> [String] {
        var random = SplitMix64(seed: 0xC0FFEE)
        return (0..<count).map { _ in
            (0...(random.next() % 9)).map { _ in lines[Int(random.next() % UInt64(lines.count))] }.joined(separator: "\n")
        }
    }

    @Test func byteSearchFindsTheCommentsTheLineWalkFinds() {
        var withComments = 0
        for text in Self.sources() {
            let source = SourceLoader().load(bytes: Array(text.utf8), file: "records/x/y.yaml", format: .yaml)
            guard let root = source.root else { continue }
            let record = TypedRecord(file: "records/x/y.yaml", format: .yaml, root: root, value: .null, text: source.text)
            let found = CommentPlacement.comments(in: record)
            #expect(found == CommentPlacement.commentsLineByLine(in: record), "\(text.debugDescription)")
            if !found.isEmpty { withComments += 1 }
        }
        #expect(withComments > 200)
    }
}
