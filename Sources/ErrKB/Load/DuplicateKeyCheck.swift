/// Finds keys written twice in one mapping of a JSON document (the YAML builder checks its own
/// while building). JSON parsers keep the last silently; errkb names both places.
enum DuplicateKeyCheck {
    static func diagnostics(in root: Node, file: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var pending = [root]
        while let node = pending.popLast() {
            switch node.content {
            case .mapping(let entries):
                var firstSeen: [String: SourceSpan] = [:]
                for entry in entries {
                    if let first = firstSeen[entry.key] {
                        found.append(Diagnostic(
                            rule: .yamlDuplicateKey, severity: .error, file: file, span: entry.keySpan,
                            message: "duplicate key '\(entry.key)'", hint: "keep one '\(entry.key)' and delete the other",
                            related: [Diagnostic.Related(file: file, location: first.start, message: "first defined here")]))
                    } else {
                        firstSeen[entry.key] = entry.keySpan
                    }
                    pending.append(entry.value)
                }
            case .sequence(let items): pending.append(contentsOf: items)
            case .scalar, .invalid: break
            }
        }
        return found
    }
}
