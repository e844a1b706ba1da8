/// Builds a positioned node tree from libyaml events with an explicit stack and a depth limit.
///
/// Anchors, aliases, tags, extra documents and duplicate keys are reported, never expanded or
/// silently dropped: a record means exactly what its text says.
struct YAMLTreeBuilder {
    private enum Frame {
        case mapping(start: SourceSpan, entries: [Node.Entry], pendingKey: (String, SourceSpan)?,
                     firstSeen: [String: SourceSpan], skipNextValue: Bool)
        case sequence(start: SourceSpan, items: [Node])
    }

    private let file: String
    private let limits: LoadLimits
    private var stack: [Frame] = []
    private var root: Node?
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, limits: LoadLimits) {
        self.file = file
        self.limits = limits
    }

    /// Reads every event; returns the root node, or nil when the file has no usable document.
    mutating func build(from reader: YAMLEventReader, bytes: [UInt8]) -> Node? {
        var documents = 0
        do {
            while let positioned = try reader.next() {
                let span = positioned.span
                switch positioned.event {
                case .streamStart, .documentEnd: break
                case .streamEnd:
                    if documents == 0 {
                        report(.fileEmpty, SourceSpan(at: .fileStart), "the file holds no YAML document",
                               hint: "write the record's keys, or delete the file")
                    }
                    return root
                case .documentStart:
                    documents += 1
                    if documents > 1 {
                        report(.yamlMultipleDocuments, span, "a second YAML document starts here",
                               hint: "keep one record per file; move this document to a file of its own")
                        return root
                    }
                case .mappingStart(let anchor, let tag), .sequenceStart(let anchor, let tag):
                    checkProperties(anchor: anchor, tag: tag, span: span)
                    guard stack.count < limits.maxDepth else {
                        report(.nestingTooDeep, span, "nesting deeper than \(limits.maxDepth) levels",
                               hint: "a record is at most a few levels deep; flatten this value")
                        return nil
                    }
                    if case .mappingStart = positioned.event {
                        stack.append(.mapping(start: span, entries: [], pendingKey: nil, firstSeen: [:], skipNextValue: false))
                    } else {
                        stack.append(.sequence(start: span, items: []))
                    }
                case .mappingEnd, .sequenceEnd:
                    guard let frame = stack.popLast() else { return nil }
                    switch frame {
                    case .mapping(let start, let entries, _, _, _):
                        attach(Node(.mapping(entries), span: SourceSpan(start: start.start, end: span.end)))
                    case .sequence(let start, let items):
                        attach(Node(.sequence(items), span: SourceSpan(start: start.start, end: span.end)))
                    }
                case .scalar(let value, let byteLength, let anchor, let tag, let style):
                    checkProperties(anchor: anchor, tag: tag, span: span)
                    if byteLength > limits.maxScalarBytes {
                        report(.scalarTooLong, span, "value of \(byteLength) bytes is longer than the limit of \(limits.maxScalarBytes)",
                               hint: "shorten it; link to a longer text instead")
                        attach(Node(.invalid, span: span))
                    } else {
                        attach(Node(.scalar(value, style), span: span))
                    }
                case .alias(let anchor):
                    report(.yamlAnchor, span, "alias '*\(anchor)' is not allowed in a record",
                           hint: "write the value out in full")
                    attach(Node(.invalid, span: span))
                }
            }
        } catch {
            diagnostics.append(YAMLSyntaxMessage.diagnostic(for: error, file: file, bytes: bytes))
            return nil
        }
        return root
    }

    private mutating func checkProperties(anchor: String?, tag: String?, span: SourceSpan) {
        if let anchor {
            report(.yamlAnchor, span, "anchor '&\(anchor)' is not allowed in a record",
                   hint: "remove the anchor and write repeated values out in full")
        }
        if let tag {
            let shown = tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst("tag:yaml.org,2002:".count) : tag
            report(.yamlTag, span, "explicit tag '\(shown)' is not allowed in a record",
                   hint: "remove the tag: the schema decides each value's type")
        }
    }

    /// Hands a finished node to the collection that contains it, or makes it the root.
    private mutating func attach(_ node: Node) {
        guard let top = stack.popLast() else {
            root = node
            return
        }
        switch top {
        case .sequence(let start, var items):
            items.append(node)
            stack.append(.sequence(start: start, items: items))
        case .mapping(let start, var entries, let pendingKey, var firstSeen, let skipNextValue):
            if skipNextValue {
                stack.append(.mapping(start: start, entries: entries, pendingKey: nil, firstSeen: firstSeen, skipNextValue: false))
            } else if let (key, keySpan) = pendingKey {
                if let first = firstSeen[key] {
                    report(.yamlDuplicateKey, keySpan, "duplicate key '\(key)'",
                           hint: "keep one '\(key)' and delete the other",
                           related: [Diagnostic.Related(file: file, location: first.start, message: "first defined here")])
                } else {
                    firstSeen[key] = keySpan
                    entries.append(Node.Entry(key: key, keySpan: keySpan, value: node))
                }
                stack.append(.mapping(start: start, entries: entries, pendingKey: nil, firstSeen: firstSeen, skipNextValue: false))
            } else if let key = node.scalarValue {
                stack.append(.mapping(start: start, entries: entries, pendingKey: (key, node.span), firstSeen: firstSeen, skipNextValue: false))
            } else {
                if case .invalid = node.content {} else {
                    report(.yamlComplexKey, node.span, "a mapping key must be plain text",
                           hint: "use a simple key such as 'tags:'")
                }
                stack.append(.mapping(start: start, entries: entries, pendingKey: nil, firstSeen: firstSeen, skipNextValue: true))
            }
        }
    }

    private mutating func report(_ rule: RuleID, _ span: SourceSpan, _ message: String, hint: String?,
                                 related: [Diagnostic.Related] = []) {
        diagnostics.append(Diagnostic(rule: rule, severity: .error, file: file, span: span,
                                      message: message, hint: hint, related: related))
    }
}
