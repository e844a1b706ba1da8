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
        let spec = text.filter { $0 != " " }
        let nameEnd = spec.firstIndex { !(isAlphanumeric($0) || "._-/[]".contains($0)) } ?? spec.endIndex
        var name = spec[..<nameEnd]
        if spec.hasPrefix("@") {  // npm scoped package: @scope/name@version
            guard let at = spec.dropFirst().firstIndex(of: "@") else { return false }
            name = spec[..<at]
            return isPackageName(name.dropFirst()) && isVersion(spec[spec.index(after: at)...].drop { "^~".contains($0) })
        }
        guard !name.isEmpty, isPackageName(name) else { return false }
        let rest = spec[nameEnd...]
        if rest.first == "@" { return isVersion(rest.dropFirst().drop { "^~".contains($0) }) }
        guard !rest.isEmpty else { return false }
        return rest.split(separator: ",", omittingEmptySubsequences: false).allSatisfy { clause in
            let op = clause.prefix { "<>=!~^".contains($0) }
            return operators.contains(op) && isVersion(clause.dropFirst(op.count))
        }
    }

    private static let operators: Set<Substring> = ["==", "!=", ">=", "<=", ">", "<", "~=", "===", "^", "~"]

    /// An ASCII letter or digit. For an ASCII Character `isLetter` and `isNumber` mean exactly
    /// these, and the byte answers without Unicode's property tables.
    private static func isAlphanumeric(_ character: Character) -> Bool {
        guard let byte = character.asciiValue else { return false }
        return ASCIIText.isLetter(byte) || ASCIIText.isDigit(byte)
    }

    private static func isPackageName(_ name: Substring) -> Bool {
        guard let first = name.first, isAlphanumeric(first) else { return false }
        return name.allSatisfy { isAlphanumeric($0) || "._-/[]".contains($0) }
    }

    private static func isVersion(_ text: Substring) -> Bool {
        guard let first = text.first, first.asciiValue.map(ASCIIText.isDigit) ?? false || first == "v" || first == "*" else { return false }
        return text.allSatisfy { isAlphanumeric($0) || ".*+-!".contains($0) }
    }
}
