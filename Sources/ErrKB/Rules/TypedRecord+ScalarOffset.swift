extension TypedRecord {
    /// The position of the character at `offset` (in Unicode scalars of the value) inside the
    /// scalar at `path`, when the scalar is written plain or single-quoted on one line; otherwise
    /// the scalar's own position, since escapes and folding break the mapping.
    func span(at path: JSONPointer, scalarOffset offset: Int) -> SourceSpan {
        let whole = span(at: path)
        guard whole.start.line == whole.end.line, let node = node(at: path),
              case .scalar(let value, let style) = node.content,
              let line = text?.line(whole.start.line) else { return whole }
        let raw = Array(line.unicodeScalars.dropFirst(whole.start.column - 1))
        var column = whole.start.column
        switch style {
        case .plain:
            column += Swift.min(offset, value.unicodeScalars.count)
        case .singleQuoted:
            column += 1  // the opening quote
            var index = 1
            var decoded = 0
            while decoded < offset, index < raw.count {
                let step = raw[index] == "'" && index + 1 < raw.count && raw[index + 1] == "'" ? 2 : 1
                index += step
                column += step
                decoded += 1
            }
        default:
            return whole
        }
        let point = SourceLocation(line: whole.start.line, column: column)
        return SourceSpan(start: point, end: SourceLocation(line: point.line, column: point.column + 1))
    }

    /// The node at `path`, if the path leads to one.
    func node(at path: JSONPointer) -> Node? {
        var node = root
        for token in path.tokens {
            switch (token, node.content) {
            case (.key(let key), .mapping(let entries)):
                guard let entry = entries.first(where: { $0.key == key }) else { return nil }
                node = entry.value
            case (.index(let i), .sequence(let items)) where i < items.count:
                node = items[i]
            default:
                return nil
            }
        }
        return node
    }
}
