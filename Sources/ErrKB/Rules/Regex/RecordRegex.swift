/// A record's regex and the texts it must match, as the regex rules read them.
struct RecordRegex: Sendable {
    /// One text the regex is meant to find: the signature or an alias.
    struct Target: Sendable {
        let text: String
        let path: JSONPointer
        /// "the signature" or "alias 2", for messages.
        let name: String

        var isSignature: Bool { path.tokens.count == 1 }
    }

    let pattern: String
    let targets: [Target]

    init?(_ record: TypedRecord) {
        guard let pattern = record.value["regex"]?.stringValue, !pattern.isEmpty else { return nil }
        self.pattern = pattern
        var targets: [Target] = []
        if let signature = record.value["signature"]?.stringValue {
            targets.append(Target(text: signature, path: JSONPointer.root.appending("signature"), name: "the signature"))
        }
        for (index, alias) in (record.value["aliases"]?.arrayValue ?? []).enumerated() {
            guard let text = alias.stringValue else { continue }
            targets.append(Target(text: text, path: JSONPointer.root.appending("aliases").appending(index), name: "alias \(index + 1)"))
        }
        self.targets = targets
    }
}
