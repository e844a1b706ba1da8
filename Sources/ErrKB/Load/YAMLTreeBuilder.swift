/// Builds a positioned node tree from libyaml events with an explicit stack and a depth limit.
///
/// Anchors, aliases, tags, extra documents and duplicate keys are reported, never expanded or
/// silently dropped: a record means exactly what its text says.
struct YAMLTreeBuilder {
    /// One open collection. A struct mutated in place on the stack, so appending a child never
    /// copies the entries gathered so far.
    private struct Frame {
        var start: SourceSpan
        var isMapping: Bool
        var entries: [Node.Entry] = []
        var items: [Node] = []
        var pendingKey: (String, SourceSpan)?
        var skipNextValue = false
        /// Where this mapping's key fingerprints start in the builder's `keyPrints`.
        var firstPrint: Int
        /// Where each key was first written, built only once a mapping outgrows a linear scan, so a
        /// hostile file with thousands of keys stays linear.
        var firstSeen: [String: SourceSpan]?

        static let scanLimit = 64
        /// Entries reserved at a mapping's first key.
        static let initialCapacity = 8
    }

    private let file: String
    private let limits: LoadLimits
    private var stack: [Frame] = []
    /// The fingerprints of the keys of every open mapping, each mapping's in one run from its
    /// frame's `firstPrint` (a nested mapping's run is removed when it closes): one array for the
    /// file rather than one per mapping.
    private var keyPrints: [KeyFingerprint] = []
    private var root: Node?
    private(set) var diagnostics: [Diagnostic] = []
    /// The span of the last value read when it was quoted and ran over several lines: a quote
    /// left open swallows the lines after it, and the error libyaml then finds is far below.
    private var lastMultilineQuote: SourceSpan?

    init(file: String, limits: LoadLimits) {
        self.file = file
        self.limits = limits
        keyPrints.reserveCapacity(Frame.scanLimit)
    }

    /// Reads every event; returns the root node, or nil when the file has no usable document.
    mutating func build(from reader: YAMLEventReader, bytes: [UInt8]) -> Node? {
        var documents = 0
        do {
            while let positioned = try reader.next() {
                let span = positioned.span
                // Consumed, so a scalar's text moves into its node instead of being copied and released.
                let event = positioned.event
                switch consume event {
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
                case .mappingStart(let anchor, let tag):
                    guard open(isMapping: true, anchor: anchor, tag: tag, span: span) else { return nil }
                case .sequenceStart(let anchor, let tag):
                    guard open(isMapping: false, anchor: anchor, tag: tag, span: span) else { return nil }
                case .mappingEnd, .sequenceEnd:
                    guard let frame = stack.popLast() else { return nil }
                    keyPrints.removeSubrange(frame.firstPrint...)
                    let whole = SourceSpan(start: frame.start.start, end: span.end)
                    attach(Node(frame.isMapping ? .mapping(frame.entries) : .sequence(frame.items), span: whole))
                case .scalar(let value, let byteLength, let anchor, let tag, let style):
                    let isQuoted = style == .singleQuoted || style == .doubleQuoted
                    lastMultilineQuote = isQuoted && span.end.line > span.start.line ? span : nil
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
            diagnostics.append(YAMLSyntaxMessage.diagnostic(for: error, file: file, bytes: bytes, openQuote: lastMultilineQuote))
            return nil
        }
        return root
    }

    /// Starts a collection; false when it would nest deeper than the limit, which is reported.
    private mutating func open(isMapping: Bool, anchor: String?, tag: String?, span: SourceSpan) -> Bool {
        checkProperties(anchor: anchor, tag: tag, span: span)
        guard stack.count < limits.maxDepth else {
            report(.nestingTooDeep, span, "nesting deeper than \(limits.maxDepth) levels",
                   hint: "a record is at most a few levels deep; flatten this value")
            return false
        }
        stack.append(Frame(start: span, isMapping: isMapping, firstPrint: keyPrints.count))
        return true
    }

    /// Inlined: nearly every event has neither, and the call cost more than the two checks.
    @inline(__always)
    private mutating func checkProperties(anchor: String?, tag: String?, span: SourceSpan) {
        guard anchor != nil || tag != nil else { return }
        reportProperties(anchor: anchor, tag: tag, span: span)
    }

    private mutating func reportProperties(anchor: String?, tag: String?, span: SourceSpan) {
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
    private mutating func attach(_ node: consuming Node) {
        let top = stack.count - 1
        guard top >= 0 else {
            root = node
            return
        }
        guard stack[top].isMapping else {
            stack[top].items.append(node)
            return
        }
        if stack[top].skipNextValue {
            stack[top].skipNextValue = false
        } else if let (key, keySpan) = stack[top].pendingKey.take() {
            let fingerprint = KeyFingerprint(of: key)
            if let first = firstSpan(of: key, fingerprint, inFrameAt: top) {
                report(.yamlDuplicateKey, keySpan, "duplicate key '\(key)'",
                       hint: "keep one '\(key)' and delete the other",
                       related: [Diagnostic.Related(file: file, location: first.start, message: "first defined here")])
            } else {
                add(key: key, keySpan: keySpan, value: node, fingerprint, toFrameAt: top)
            }
        } else if let key = node.scalarValue {
            stack[top].pendingKey = (key, node.span)
        } else {
            if case .invalid = node.content {} else {
                report(.yamlComplexKey, node.span, "a mapping key must be plain text",
                       hint: "use a simple key such as 'tags:'")
            }
            stack[top].skipNextValue = true
        }
    }

    /// Where `key` was first written in the mapping at `top`, if it was. Entries hold only first
    /// occurrences, so they are the keys seen so far; a record's mappings are small, and a scan
    /// of their fingerprints is cheaper than hashing every key.
    private func firstSpan(of key: String, _ fingerprint: KeyFingerprint, inFrameAt top: Int) -> SourceSpan? {
        if let firstSeen = stack[top].firstSeen { return firstSeen[key] }
        let firstPrint = stack[top].firstPrint
        // Through a buffer pointer: the scan compares each earlier key's fingerprint, and an
        // array subscript would check its bounds on every one.
        return keyPrints.withUnsafeBufferPointer { prints -> SourceSpan? in
            var position = firstPrint
            while position < prints.count {
                if prints[position].mayEqual(fingerprint), stack[top].entries[position - firstPrint].key == key {
                    return stack[top].entries[position - firstPrint].keySpan
                }
                position += 1
            }
            return nil
        }
    }

    /// Records the first occurrence of a key with its value in the mapping at `top`. The value is
    /// consumed, so appending moves it into the entries instead of copying and releasing it.
    private mutating func add(key: String, keySpan: SourceSpan, value: consuming Node, _ fingerprint: KeyFingerprint, toFrameAt top: Int) {
        // Room for a record's small mappings at once, instead of growing through 1, 2, 4 and 8.
        if stack[top].entries.isEmpty { stack[top].entries.reserveCapacity(Frame.initialCapacity) }
        let hasDictionary = stack[top].firstSeen != nil
        if hasDictionary { stack[top].firstSeen![key] = keySpan }
        stack[top].entries.append(Node.Entry(key: key, keySpan: keySpan, value: value))
        guard !hasDictionary else { return }
        if stack[top].entries.count > Frame.scanLimit {
            stack[top].firstSeen = Dictionary(stack[top].entries.map { ($0.key, $0.keySpan) }, uniquingKeysWith: { first, _ in first })
            keyPrints.removeSubrange(stack[top].firstPrint...)
        } else {
            keyPrints.append(fingerprint)
        }
    }

    private mutating func report(_ rule: RuleID, _ span: SourceSpan, _ message: String, hint: String?,
                                 related: [Diagnostic.Related] = []) {
        diagnostics.append(Diagnostic(rule: rule, severity: .error, file: file, span: span,
                                      message: message, hint: hint, related: related))
    }
}
