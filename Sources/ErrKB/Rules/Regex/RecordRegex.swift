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
            targets.append(Target(text: signature, path: RecordDigest.signaturePath, name: "the signature"))
        }
        for (index, alias) in aliases.enumerated() {
            guard let text = alias else { continue }
            targets.append(Target(text: text, path: RecordDigest.aliasPath(index), name: "alias \(index + 1)"))
        }
        self.targets = targets
    }
}
