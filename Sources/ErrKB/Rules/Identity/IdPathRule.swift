/// The file is `records/<domain>/<slug>.yaml` (or `.json` in a bundle) for id `<domain>/<slug>`.
struct IdPathRule: RecordRule {
    static let description = RuleDescription(
        id: "id-path", defaultSeverity: .error, group: .correctness,
        summary: "The file's path is <domain>/<slug> of the record's id",
        rationale: """
            Builds write records/<domain>/<slug>.json from the id, and contributors find a record's \
            source from its id. A file whose name and folder differ from its id breaks both. \
            Rename the file, or fix the id.
            """,
        examples: [
            .passes("id: llm/truncated-response-in-streaming-mode"),
            .fails("id: ↓llm/another-slug"),
        ])

    func check(_ record: TypedRecord, context: RuleContext, into report: inout RuleReport) {
        guard let id = record.id, RecordID.split(id) != nil, !Self.isAtItsPath(file: record.file, id: id),
              let expected = Self.expectedID(file: record.file), expected != id else { return }
        report.add(record, at: JSONPointer.root.appending("id"),
                   "id '\(id)' does not match the file's path '\(expected)'",
                   hint: "move the file to records/\(id).yaml, or change the id to '\(expected)'")
    }

    /// `<folder>/<name without its extension>` of the file's path; nil for an empty path.
    static func expectedID(file: String) -> String? {
        let components = ASCIIText.split(file, separator: UInt8(ascii: "/")).filter { !$0.isEmpty }
        guard let name = components.last else { return nil }
        let stem = ASCIIText.split(name, separator: UInt8(ascii: ".")).dropLast().joined(separator: ".")
        let folder = components.count >= 2 ? String(components[components.count - 2]) : ""
        return "\(folder)/\(stem)"
    }

    /// Whether an ASCII file path ends in `<domain>/<slug>.<extension>` for the id's bytes: what
    /// nearly every file is, found without the splitting and joining of `expectedID` (which cost
    /// more than any other rule `validate` runs but one). Only a yes is trusted; a no takes the
    /// general check, which also handles paths that are not ASCII.
    static func isAtItsPath(file: String, id: String) -> Bool {
        ASCIIText.withBytes(of: file) { path in
            ASCIIText.withBytes(of: id) { id in
                guard path.allSatisfy({ $0 < 0x80 }), let slash = path.lastIndex(of: UInt8(ascii: "/")),
                      let dot = path[(slash + 1)...].lastIndex(of: UInt8(ascii: ".")) else { return false }
                let folderStart = path[..<slash].lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0
                let expected = path[folderStart..<dot]
                return folderStart < slash && expected.elementsEqual(id)
            }
        }
    }
}
