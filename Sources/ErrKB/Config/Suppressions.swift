import Foundation

/// Inline suppressions in a YAML source: `# errkb-disable-line RULE[, RULE…]` at the end of a
/// line silences those rules on that line; `# errkb-disable-next-line RULE…` on a line of its own
/// silences them on the next line. libyaml drops comments, so they are read from the text.
/// (A literal block whose text holds such a comment is read as one too: a known limit.)
struct Suppressions: Sendable, Equatable {
    /// One suppression comment: the rules it names, the line it covers, where it is written.
    struct Entry: Sendable, Equatable {
        let rules: [RuleID]
        let coveredLine: Int
        let location: SourceLocation
    }

    let entries: [Entry]

    static let lineMarker = "errkb-disable-line"
    static let nextLineMarker = "errkb-disable-next-line"

    init(entries: [Entry]) { self.entries = entries }

    init(text: SourceText) {
        var entries: [Entry] = []
        var number = 0
        for line in text.text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            guard line.contains("errkb-disable"), let hash = line.range(of: "# errkb-disable") else { continue }
            let comment = line[line.index(after: hash.lowerBound)...].trimmingCharacters(in: .whitespaces)
            let isOwnLine = line[..<hash.lowerBound].allSatisfy { $0 == " " }
            let marker = comment.hasPrefix(Self.nextLineMarker) ? Self.nextLineMarker : Self.lineMarker
            guard comment.hasPrefix(marker) else { continue }
            let rules = comment.dropFirst(marker.count).split(whereSeparator: { $0 == "," || $0 == " " }).map { RuleID(String($0)) }
            let column = line[..<hash.lowerBound].unicodeScalars.count + 1
            let covered = marker == Self.nextLineMarker && isOwnLine ? number + 1 : number
            entries.append(Entry(rules: rules, coveredLine: covered, location: SourceLocation(line: number, column: column)))
        }
        self.entries = entries
    }

    /// Whether `diagnostic` is silenced by an entry; marks that entry's rule as used.
    func silences(_ diagnostic: Diagnostic, used: inout Set<String>) -> Bool {
        for (index, entry) in entries.enumerated() where entry.coveredLine == diagnostic.line && entry.rules.contains(diagnostic.rule) {
            used.insert("\(index)|\(diagnostic.rule)")
            return true
        }
        return false
    }
}
