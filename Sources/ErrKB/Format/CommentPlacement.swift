/// Finds the comments of a YAML source and the key or item each belongs to, so `fmt` can write
/// them back: a comment on a line of its own goes before the next key or item, a comment at the
/// end of a line stays at the end of that line's key or item.
enum CommentPlacement {
    /// A key or sequence item: where it starts, how deep it is.
    private struct Anchor {
        let path: JSONPointer
        let line: Int
        let depth: Int
    }

    struct Comment: Equatable {
        let text: String
        let line: Int
        let isOwnLine: Bool
    }

    static func comments(of record: TypedRecord) -> Result<YAMLWriter.Comments, SourceFormatter.Refusal> {
        var placed = YAMLWriter.Comments()
        let found = comments(in: record)
        // Most records have no comment: then there is nothing to place, and no anchors to collect.
        guard !found.isEmpty else { return .success(placed) }
        let anchors = self.anchors(of: record.root)
        let firstLine = anchors.map(\.line).min() ?? Int.max
        for comment in found {
            if comment.isOwnLine && comment.line < firstLine {
                placed.start.append(comment.text)  // the file's opening comments stay on top
            } else if comment.isOwnLine {
                let next = anchors.filter { $0.line > comment.line }
                guard let line = next.map(\.line).min(),
                      let anchor = next.filter({ $0.line == line }).min(by: { $0.depth < $1.depth }) else {
                    placed.end.append(comment.text)
                    continue
                }
                placed.before[anchor.path, default: []].append(comment.text)
            } else {
                guard let anchor = anchors.filter({ $0.line == comment.line }).max(by: { $0.depth < $1.depth }),
                      placed.trailing[anchor.path] == nil else {
                    return .failure(.commentsInside(line: comment.line))
                }
                placed.trailing[anchor.path] = comment.text
            }
        }
        return .success(placed)
    }

    /// How many comments a source holds: the formatter's guard that none was lost.
    static func commentCount(of record: TypedRecord) -> Int { comments(in: record).count }

    private static func anchors(of root: Node) -> [Anchor] {
        var anchors: [Anchor] = []
        var pending: [(Node, JSONPointer)] = [(root, .root)]
        while let (node, path) = pending.popLast() {
            switch node.content {
            case .mapping(let entries):
                for entry in entries {
                    let child = path.appending(entry.key)
                    anchors.append(Anchor(path: child, line: entry.keySpan.start.line, depth: child.tokens.count))
                    pending.append((entry.value, child))
                }
            case .sequence(let items):
                for (index, item) in items.enumerated() {
                    let child = path.appending(index)
                    anchors.append(Anchor(path: child, line: item.span.start.line, depth: child.tokens.count))
                    pending.append((item, child))
                }
            case .scalar, .invalid: break
            }
        }
        return anchors
    }

    /// Every `#` that no scalar contains starts a comment running to the end of its line:
    /// `commentsLineByLine`, with the `#`s found by memchr in the source's buffer and each one's
    /// line and column counted there, instead of cutting the source into lines and every line
    /// holding a `#` into scalars.
    static func comments(in record: TypedRecord) -> [Comment] {
        guard let text = record.text, ASCIIText.foundationContains(UInt8(ascii: "#"), in: text.text) else { return [] }
        let spans = keyAndScalarSpans(of: record.root)
        let source = text.text
        let hashes = HashSign.all(in: source)
        let utf8 = source.utf8
        var found: [Comment] = []
        var settledLine = 0
        for hash in hashes where hash.line != settledLine {
            let lineStart = utf8.index(utf8.startIndex, offsetBy: hash.lineStart)
            var line = source[lineStart..<utf8.index(utf8.startIndex, offsetBy: hash.lineEnd)]
            if line.utf8.last == UInt8(ascii: "\r") { line = line.dropLast() }
            // A line whose only `#`s join the scalars after them into other Characters holds none.
            guard ASCIIText.foundationContains(UInt8(ascii: "#"), in: line) else {
                settledLine = hash.line
                continue
            }
            let point = SourceLocation(line: hash.line, column: hash.column)
            guard !spans.contains(where: { $0.start <= point && point < $0.end }) else { continue }
            var comment = String(line[utf8.index(lineStart, offsetBy: hash.offset)...])
            while comment.last == " " || comment.last == "\t" { comment.removeLast() }
            found.append(Comment(text: comment, line: hash.line, isOwnLine: hash.isOwnLine))
            settledLine = hash.line
        }
        return found
    }

    /// Where each key and scalar lies: a `#` inside one is text, not a comment.
    private static func keyAndScalarSpans(of root: Node) -> [SourceSpan] {
        var spans: [SourceSpan] = []
        var pending = [root]
        while let node = pending.popLast() {
            switch node.content {
            case .scalar: spans.append(node.span)
            case .mapping(let entries):
                for entry in entries {
                    spans.append(entry.keySpan)
                    pending.append(entry.value)
                }
            case .sequence(let items): pending.append(contentsOf: items)
            case .invalid: break
            }
        }
        return spans
    }

    /// The definition `comments(in:)` must agree with: each line holding a `#`, cut into scalars.
    static func commentsLineByLine(in record: TypedRecord) -> [Comment] {
        guard let text = record.text, ASCIIText.foundationContains(UInt8(ascii: "#"), in: text.text) else { return [] }
        let spans = keyAndScalarSpans(of: record.root)
        var found: [Comment] = []
        for (number, line) in text.lines(containing: UInt8(ascii: "#")) where ASCIIText.foundationContains(UInt8(ascii: "#"), in: line) {
            let scalars = Array(line.unicodeScalars)
            for (offset, scalar) in scalars.enumerated() where scalar == "#" {
                let point = SourceLocation(line: number, column: offset + 1)
                guard !spans.contains(where: { $0.start <= point && point < $0.end }) else { continue }
                var comment = String(String.UnicodeScalarView(scalars[offset...]))
                while comment.last == " " || comment.last == "\t" { comment.removeLast() }
                let isOwnLine = scalars[..<offset].allSatisfy { $0 == " " || $0 == "\t" }
                found.append(Comment(text: comment, line: number, isOwnLine: isOwnLine))
                break
            }
        }
        return found
    }
}
