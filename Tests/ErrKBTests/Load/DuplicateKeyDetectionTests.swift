import Testing
@testable import ErrKB

/// The YAML builder's search for keys written twice (fingerprint scan, then a dictionary for
/// large mappings) finds exactly what comparing every key with `String ==` finds.
@Suite struct DuplicateKeyDetectionTests {
    /// Keys that differ as bytes but not as Strings (precomposed é, the Kelvin sign for K), and
    /// plain ones; numbered keys make some mappings outgrow the linear scan.
    static let pool = ["a", "b", "K", "\u{212A}", "é", "e\u{301}", "id", "tags", "x y", "日本"]

    @Test func fingerprintsNeverSeparateEqualKeys() {
        let keys = Self.pool + ["", "k", "ab", "ba", "Straße", "strasse"]
        for first in keys {
            for second in keys where first == second {
                #expect(KeyFingerprint(of: first).mayEqual(KeyFingerprint(of: second)), "\(first) vs \(second)")
            }
        }
        #expect(!KeyFingerprint(of: "ab").mayEqual(KeyFingerprint(of: "ba")))
        #expect(KeyFingerprint(of: "K").mayEqual(KeyFingerprint(of: "\u{212A}")))
    }

    @Test func everyKeyWrittenAgainIsFoundWhateverTheMappingsSize() {
        // Across the switch from scanning fingerprints to the dictionary, each key repeated once.
        for count in 1...80 {
            let keys = (0..<count).map { "k\($0)" }
            let text = (keys + keys.reversed()).map { "\($0): v" }.joined(separator: "\n")
            let source = SourceLoader().load(bytes: Array(text.utf8), file: "x.yaml", format: .yaml)
            let found = source.diagnostics.filter { $0.rule == .yamlDuplicateKey }.map { "\($0.line) first \($0.related.first?.location.line ?? 0)" }
            let expected = (0..<count).map { "\(count + 1 + $0) first \(count - $0)" }
            #expect(found.sorted() == expected.sorted(), "\(count) keys")
        }
    }

    @Test func builderReportsWhatPairwiseEqualityFinds() {
        var random = SplitMix64(seed: 0xD0B1E)
        for round in 0..<300 {
            var lines: [String] = []
            var expected: [String] = []
            // One open mapping's keys so far, with the line each was first written on.
            func addMapping(indent: String, count: Int, depth: Int) {
                var seen: [(key: String, line: Int)] = []
                for _ in 0..<count {
                    let key = random.next() % 4 == 0 ? "k\(random.next() % 90)" : Self.pool[Int(random.next() % UInt64(Self.pool.count))]
                    let line = lines.count + 1
                    if let first = seen.first(where: { $0.key == key }) {
                        expected.append("\(line):\(indent.count + 1) first \(first.line)")
                    } else {
                        seen.append((key, line))
                    }
                    if depth < 2, random.next() % 5 == 0 {
                        lines.append("\(indent)'\(key)':")
                        addMapping(indent: indent + "  ", count: Int(random.next() % 8) + 1, depth: depth + 1)
                    } else {
                        lines.append("\(indent)'\(key)': v")
                    }
                }
            }
            addMapping(indent: "", count: Int(random.next() % 120) + 1, depth: 0)
            let source = SourceLoader().load(bytes: Array(lines.joined(separator: "\n").utf8), file: "x.yaml", format: .yaml)
            let found = source.diagnostics.filter { $0.rule == .yamlDuplicateKey }.map { diagnostic in
                "\(diagnostic.line):\(diagnostic.column) first \(diagnostic.related.first?.location.line ?? 0)"
            }
            #expect(found.sorted() == expected.sorted(), "round \(round)")
            #expect(source.diagnostics.allSatisfy { $0.rule == .yamlDuplicateKey }, "round \(round)")
        }
    }
}
