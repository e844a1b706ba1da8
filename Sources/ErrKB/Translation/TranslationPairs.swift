/// The English/Chinese field pairs of a record, named in this one place: `signature` ↔
/// `signature_zh`, `root_cause` ↔ `root_cause_zh`, and each `workarounds[i]` (its `how` when
/// present, else its `action`) ↔ `workarounds_zh[i]`.
public struct TranslationPairs: Sendable {
    /// One English text and its Chinese counterpart.
    public struct Pair: Sendable, Hashable {
        /// The English field as a person reads it: `signature`, `workarounds[1]`.
        public let englishName: String
        /// The Chinese field as a person reads it: `signature_zh`, `workarounds_zh[1]`.
        public let chineseName: String
        /// The statistics field the pair counts under: `signature`, `root_cause`, `workarounds`.
        public let field: String
        public let englishPath: JSONPointer
        public let chinesePath: JSONPointer
        public let english: String
        /// Nil when the Chinese is missing or null.
        public let chinese: String?

        /// Whether the texts may hold code lines (`CodeLines`): only workarounds do.
        public var hasCodeLines: Bool { field == "workarounds" }

        /// Whether the Chinese is there and not blank.
        public var isTranslated: Bool { !ASCIIText.isBlank(chinese ?? "") }
    }

    /// The simple fields with a `_zh` twin.
    public static let textFields = ["signature", "root_cause"]

    /// Pairs whose English is present and not blank, in field order.
    public let pairs: [Pair]

    public init(_ record: TypedRecord) {
        var pairs: [Pair] = []
        let root = JSONPointer.root
        for field in Self.textFields {
            guard let english = record.value[field]?.stringValue, !ASCIIText.isBlank(english) else { continue }
            pairs.append(Pair(englishName: field, chineseName: field + "_zh", field: field,
                              englishPath: root.appending(field), chinesePath: root.appending(field + "_zh"),
                              english: english, chinese: record.value[field + "_zh"]?.stringValue))
        }
        let chinese = record.value["workarounds_zh"]?.arrayValue ?? []
        for (index, workaround) in (record.value["workarounds"]?.arrayValue ?? []).enumerated() {
            let key = Self.workaroundTextKey(workaround)
            guard let key, let english = workaround[key]?.stringValue, !ASCIIText.isBlank(english) else { continue }
            pairs.append(Pair(englishName: "workarounds[\(index)]", chineseName: "workarounds_zh[\(index)]", field: "workarounds",
                              englishPath: root.appending("workarounds").appending(index).appending(key),
                              chinesePath: root.appending("workarounds_zh").appending(index),
                              english: english, chinese: index < chinese.count ? chinese[index].stringValue : nil))
        }
        self.pairs = pairs
    }

    /// `how` when the workaround has a non-blank one, else `action`.
    static func workaroundTextKey(_ workaround: JSONValue) -> String? {
        if let how = workaround["how"]?.stringValue, !ASCIIText.isBlank(how) { return "how" }
        return workaround["action"]?.stringValue == nil ? nil : "action"
    }

    /// Whether the record's unsuffixed fields are Chinese (`locale: zh`). Parity rules skip such
    /// records: their `_zh` fields would hold the same language, so there is nothing to compare.
    public static func isChineseLocale(_ record: TypedRecord) -> Bool {
        record.value["locale"]?.stringValue == "zh"
    }

    /// The pairs of `record` the parity rules compare: none for a `locale: zh` record.
    static func checked(_ record: TypedRecord) -> [Pair] {
        isChineseLocale(record) ? [] : TranslationPairs(record).pairs
    }
}
