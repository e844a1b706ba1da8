import Foundation

/// How much of the KB is translated: per field and per domain, the pairs translated, missing,
/// and suspect (translated but with an i18n warning or error at the Chinese). `locale: zh`
/// records are left out, as the parity rules leave them out.
public struct TranslationCoverage: Sendable, Hashable {
    /// Counts of one row.
    public struct Counts: Sendable, Hashable {
        public var translated = 0
        public var missing = 0
        public var suspect = 0

        public init(translated: Int = 0, missing: Int = 0, suspect: Int = 0) {
            self.translated = translated
            self.missing = missing
            self.suspect = suspect
        }
    }

    /// By field (`signature`, `root_cause`, `workarounds`), in that order.
    public private(set) var fields: [(name: String, counts: Counts)] = []
    /// By domain, sorted.
    public private(set) var domains: [(name: String, counts: Counts)] = []

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.fields.elementsEqual(rhs.fields) { $0 == $1 } && lhs.domains.elementsEqual(rhs.domains) { $0 == $1 }
    }

    public func hash(into hasher: inout Hasher) {
        for row in fields + domains { hasher.combine(row.name); hasher.combine(row.counts) }
    }

    /// What coverage reads of one record: its domain and, for each pair, the field it counts
    /// under, where its Chinese is and whether it is translated. A few dozen bytes where the
    /// record held its whole text: `stats` and `translate-check` keep one per record.
    public struct RecordPairs: Sendable {
        struct Pair: Sendable {
            let field: String
            let chinesePath: JSONPointer
            let isTranslated: Bool
        }

        let file: String
        let domain: String
        let pairs: [Pair]

        /// Nil for a `locale: zh` record, which coverage leaves out.
        public init?(_ record: TypedRecord) {
            guard !TranslationPairs.isChineseLocale(record) else { return nil }
            file = record.file
            domain = record.value["domain"]?.stringValue ?? "(no domain)"
            pairs = TranslationPairs(record).pairs.map { Pair(field: $0.field, chinesePath: $0.chinesePath, isTranslated: $0.isTranslated) }
        }
    }

    /// Coverage of the records `records` stands for, in any order; a pair is suspect when
    /// `diagnostics` hold an i18n warning or error at its Chinese.
    public init(_ records: [RecordPairs], diagnostics: [Diagnostic]) {
        let suspect = Set(diagnostics.filter { $0.rule.rawValue.hasPrefix("i18n-") && $0.severity >= .warning }
            .map { "\($0.file)|\($0.path)" })
        var byField: [String: Counts] = [:]
        var byDomain: [String: Counts] = [:]
        for record in records {
            for pair in record.pairs {
                let isSuspect = suspect.contains("\(record.file)|\(pair.chinesePath)")
                Self.count(pair.isTranslated, isSuspect, into: &byField[pair.field, default: Counts()])
                Self.count(pair.isTranslated, isSuspect, into: &byDomain[record.domain, default: Counts()])
            }
        }
        fields = (TranslationPairs.textFields + ["workarounds"]).map { ($0, byField[$0] ?? Counts()) }
        domains = byDomain.keys.sorted().map { ($0, byDomain[$0] ?? Counts()) }
    }

    private static func count(_ isTranslated: Bool, _ isSuspect: Bool, into counts: inout Counts) {
        guard isTranslated else { return counts.missing += 1 }
        counts.translated += 1
        if isSuspect { counts.suspect += 1 }
    }

    /// The summary as a text table, printed after text diagnostics.
    public var text: String {
        var out = "translation coverage (pairs)    translated  missing  suspect\n"
        func row(_ label: String, _ counts: Counts) {
            let name = label.padding(toLength: max(label.count, 30), withPad: " ", startingAt: 0)
            out += "  \(name) \(pad(counts.translated, 10)) \(pad(counts.missing, 8)) \(pad(counts.suspect, 8))\n"
        }
        for (name, counts) in fields { row(name, counts) }
        for (name, counts) in domains { row("domain \(name)", counts) }
        return out
    }

    private func pad(_ number: Int, _ width: Int) -> String {
        let text = String(number)
        return String(repeating: " ", count: max(width - text.count, 0)) + text
    }
}
