/// `version` is a package name and a version specifier, as pip and npm write them.
struct VersionSpecifierRule: RecordRule {
    static let description = RuleDescription(
        id: "version-specifier", defaultSeverity: .error, group: .correctness,
        summary: "A versions entry names a package and a version specifier",
        rationale: """
            Clients decide whether a record applies to an installed package from this field. \
            Write the package, then one or more comma-separated clauses such as 'openai>=1.0.0', \
            'urllib3>=2,<3' or 'react@^18.2'.
            """,
        examples: [
            .passes("versions:\n- version: urllib3>=2.0,<3"),
            .passes("versions:\n- version: react@^18.2.0"),
            .fails("versions:\n- version: ↓'>=1.0 openai'"),
        ])

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        for (index, entry) in (record.value["versions"]?.arrayValue ?? []).enumerated() {
            guard let text = entry["version"]?.stringValue, !text.isEmpty, !Self.isWellFormed(text) else { continue }
            report.add(record, at: JSONPointer.root.appending("versions").appending(index).appending("version"),
                       "'\(text)' is not a package and version specifier",
                       hint: "write the package then clauses like '>=1.0.0', e.g. 'openai>=1.0.0' or 'react@^18'")
        }
    }

    /// name, then `@spec` (npm) or one or more `op version` clauses (pip), comma-separated.
    static func isWellFormed(_ text: String) -> Bool {
        // Every character the grammar admits is ASCII, and no other character is canonically
        // equivalent to one of them, so other text is never a specifier. In ASCII text the bytes
        // are the characters (CR LF, the one pair ASCII joins, is refused byte by byte as it is
        // as a Character), and reading bytes spares a grapheme walk per character.
        guard ASCIIText.isASCII(text) else { return false }
        let spec = text.utf8.filter { $0 != UInt8(ascii: " ") }[...]
        let at = UInt8(ascii: "@")
        if spec.first == at {  // npm scoped package: @scope/name@version
            guard let second = spec.dropFirst().firstIndex(of: at) else { return false }
            return isPackageName(spec[spec.index(after: spec.startIndex)..<second])
                && isVersion(spec[spec.index(after: second)...].drop(while: isCaretOrTilde))
        }
        let nameEnd = spec.firstIndex { !isNameByte($0) } ?? spec.endIndex
        guard isPackageName(spec[..<nameEnd]) else { return false }
        let rest = spec[nameEnd...]
        if rest.first == at { return isVersion(rest.dropFirst().drop(while: isCaretOrTilde)) }
        guard !rest.isEmpty else { return false }
        return rest.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false).allSatisfy { clause in
            let op = clause.prefix { operatorSymbols.contains($0) }
            return operators.contains(Array(op)) && isVersion(clause.dropFirst(op.count))
        }
    }

    private static let operators: Set<[UInt8]> = Set(["==", "!=", ">=", "<=", ">", "<", "~=", "===", "^", "~"].map { Array($0.utf8) })
    private static let operatorSymbols = Array("<>=!~^".utf8)
    private static let nameSymbols = Array("._-/[]".utf8)
    private static let versionSymbols = Array(".*+-!".utf8)

    private static func isAlphanumeric(_ byte: UInt8) -> Bool { ASCIIText.isLetter(byte) || ASCIIText.isDigit(byte) }
    private static func isNameByte(_ byte: UInt8) -> Bool { isAlphanumeric(byte) || nameSymbols.contains(byte) }
    private static func isCaretOrTilde(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "^") || byte == UInt8(ascii: "~") }

    private static func isPackageName(_ name: ArraySlice<UInt8>) -> Bool {
        guard let first = name.first, isAlphanumeric(first) else { return false }
        return name.allSatisfy(isNameByte)
    }

    private static func isVersion(_ text: ArraySlice<UInt8>) -> Bool {
        guard let first = text.first, ASCIIText.isDigit(first) || first == UInt8(ascii: "v") || first == UInt8(ascii: "*") else { return false }
        return text.allSatisfy { isAlphanumeric($0) || versionSymbols.contains($0) }
    }
}
