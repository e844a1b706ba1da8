/// A record's regex and the texts it must match, as the regex rules read them.
struct RecordRegex: Sendable {
    /// One text the regex is meant to find: the signature or an alias.
    struct Target: Sendable {
        let text: String
        /// Which alias (from 0), nil for the signature. Path and name are made only when
        /// reported: the cross-record check holds a target for every text of the KB.
        let alias: Int?

        var isSignature: Bool { alias == nil }
        var path: JSONPointer { alias.map(RecordDigest.aliasPath) ?? RecordDigest.signaturePath }
        /// "the signature" or "alias 2", for messages.
        var name: String { alias.map { "alias \($0 + 1)" } ?? "the signature" }
    }

    let pattern: String
    let targets: [Target]

    init?(_ record: TypedRecord) {
        self.init(pattern: record.value["regex"]?.stringValue, signature: record.value["signature"]?.stringValue,
                  aliases: (record.value["aliases"]?.arrayValue ?? []).map(\.stringValue))
    }

    init?(_ digest: RecordDigest) {
        self.init(pattern: digest.regex, signature: digest.signature, aliases: digest.aliases)
    }

    /// `aliases` by index, nil where an alias is not a string.
    private init?(pattern: String?, signature: String?, aliases: [String?]) {
        guard let pattern, !pattern.isEmpty else { return nil }
        self.pattern = pattern
        var targets: [Target] = []
        if let signature {
            targets.append(Target(text: signature, alias: nil))
        }
        for (index, alias) in aliases.enumerated() {
            guard let text = alias else { continue }
            targets.append(Target(text: text, alias: index))
        }
        self.targets = targets
    }
}
