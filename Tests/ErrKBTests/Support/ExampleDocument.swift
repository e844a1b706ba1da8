import Foundation
@testable import ErrKB

/// A rule example made into a whole record: the fragment's lines first, then the base record's
/// top-level keys the fragment does not set. `↓` is removed and remembered as the expected position.
struct ExampleDocument {
    let text: String
    let marker: ErrKB.SourceLocation?

    /// The base record: the seed's YAML source.
    static let baseText: String = (try? String(contentsOf: RepositoryPaths.seedSource, encoding: .utf8)) ?? ""

    init(fragment: String, prefix: String = "") {
        var marker: ErrKB.SourceLocation?
        var lines: [String] = []
        let prefixLines = prefix.isEmpty ? 0 : prefix.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        for (index, line) in fragment.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let at = line.firstIndex(of: RuleExample.marker) {
                let column = line[..<at].unicodeScalars.count + 1
                marker = ErrKB.SourceLocation(line: index + 1 + prefixLines, column: column)
            }
            lines.append(line.replacingOccurrences(of: String(RuleExample.marker), with: ""))
        }
        let setKeys = Set(lines.compactMap(Self.topLevelKey))
        let base = Self.blocks(of: String(Self.baseText.dropLast(Self.baseText.hasSuffix("\n") ? 1 : 0))).filter { !setKeys.contains($0.key) }.map(\.text)
        self.text = prefix + (lines + base).joined(separator: "\n") + "\n"
        self.marker = marker
    }

    private static func topLevelKey(_ line: String) -> String? {
        guard let first = line.first, first.isLetter, let colon = line.firstIndex(of: ":") else { return nil }
        return String(line[..<colon])
    }

    /// The base text cut into top-level keys with their indented continuation lines.
    private static func blocks(of text: String) -> [(key: String, text: String)] {
        var blocks: [(key: String, text: String)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if let key = topLevelKey(line) {
                blocks.append((key, line))
            } else if !blocks.isEmpty, !line.hasPrefix("#") {
                blocks[blocks.count - 1].text += "\n" + line
            }
        }
        return blocks
    }
}

extension ExampleDocument {
    /// A whole record with id `id`, linking to `target` in `leads_to` when given.
    static func record(_ id: String, leadsTo target: String? = nil) -> String {
        var fragment = "id: \(id)"
        if let target { fragment += "\ntransition_graph:\n  leads_to:\n  - error_id: \(target)\n    probability: 0.5" }
        return ExampleDocument(fragment: fragment).text
    }
}
