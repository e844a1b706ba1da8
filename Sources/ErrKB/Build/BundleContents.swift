/// The files of a release bundle, made from canonical records: the same records give the same
/// bytes whatever the machine, the folder or the clock. Each record's file is written as soon as
/// the record is read; the files that gather every record are then streamed from those files, in
/// id order, so the bundle is never whole in memory.
enum BundleContents {
    /// The fields a lookup client needs to match an error text, in this order.
    static let indexFields = ["id", "signature", "signature_zh", "regex", "aliases", "domain", "category"]

    /// One record written into the bundle: what the gathering files need of it.
    struct StagedRecord: Sendable {
        let id: String
        let file: BundleStaging.Entry
        /// Its entry in `index.json`.
        let index: JSONValue
    }

    /// Writes `records/<id>.json` for one typed record.
    static func stage(_ record: TypedRecord, shape: SchemaShape, into staging: BundleStaging) throws(RunError) -> StagedRecord {
        let value = CanonicalRecord.make(record.value, shape: shape)
        let id = record.id ?? ""
        let file = try staging.write(Array(CanonicalJSON.string(value).utf8), to: "records/\(id).json")
        let index = JSONValue.object(indexFields.map { field in (field, value[field] ?? .null) })
        return StagedRecord(id: id, file: file, index: index)
    }

    /// Writes `errkb.json`, `errkb.jsonl`, `index.json` and `manifest.json` for `records`, which
    /// must be sorted by id; returns every path of the bundle.
    static func finish(_ records: [StagedRecord], schemaVersion: String, in staging: BundleStaging) throws(RunError) -> [String] {
        var all = try staging.stream(to: "errkb.json"), lines = try staging.stream(to: "errkb.jsonl")
        var index = try staging.stream(to: "index.json")
        var allElements = ArrayWriter(), indexElements = ArrayWriter()
        // Each record's file is read back once, a batch at a time on every core, for both files.
        for batch in stride(from: 0, to: records.count, by: 256).map({ records[$0..<min($0 + 256, records.count)] }) {
            let forms = Array(batch).parallelMap { record -> Result<(element: [UInt8], line: [UInt8]), RunError> in
                Result { () throws(RunError) in
                    let indented = try staging.read(record.file.path)
                    return (ArrayWriter.element(indented), compact(indented) + [UInt8(ascii: "\n")])
                }
            }
            for (record, form) in zip(batch, forms) {
                let (element, line) = try form.get()
                try allElements.append(element, to: &all)
                try lines.append(line)
                try indexElements.append(ArrayWriter.element(Array(CanonicalJSON.string(record.index).utf8)), to: &index)
            }
        }
        try allElements.close(&all)
        try indexElements.close(&index)
        let files = (records.map(\.file) + [try all.finish(), try lines.finish(), try index.finish()]).sorted { $0.path < $1.path }
        let manifest = JSONValue.object([
            ("generator", .string("errkb \(ErrKBVersion.current)")),
            ("schema_version", .string(schemaVersion)),
            ("record_count", .integer(Int64(records.count))),
            ("files", .array(files.map { file in
                .object([("path", .string(file.path)), ("size", .integer(Int64(file.size))), ("sha256", .string(file.sha256))])
            })),
        ])
        let manifestFile = try staging.write(Array(CanonicalJSON.string(manifest).utf8), to: "manifest.json")
        return files.map(\.path) + [manifestFile.path]
    }

    /// Writes the canonical form of an array element by element, as `CanonicalJSON` would write
    /// the whole array: `[`, each element on its own line one level deeper, `]`; `[]` when empty.
    private struct ArrayWriter {
        private var count = 0

        /// An element's canonical form one level deeper: in canonical JSON, two more spaces after
        /// every line break (strings hold no raw line breaks).
        static func element(_ indented: [UInt8]) -> [UInt8] {
            var deeper: [UInt8] = []
            deeper.reserveCapacity(indented.count + indented.count / 8)
            for byte in indented {
                deeper.append(byte)
                if byte == UInt8(ascii: "\n") { deeper.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: " ")]) }
            }
            return deeper
        }

        mutating func append(_ element: [UInt8], to out: inout BundleStaging.Stream) throws(RunError) {
            try out.append(Array((count == 0 ? "[\n  " : ",\n  ").utf8))
            try out.append(element)
            count += 1
        }

        func close(_ out: inout BundleStaging.Stream) throws(RunError) {
            try out.append(Array((count == 0 ? "[]" : "\n]").utf8))
        }
    }

    /// The compact form of canonical indented JSON: the two differ only in the spaces and line
    /// breaks the indented form puts between tokens, so those are dropped outside strings.
    private static func compact(_ indented: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(indented.count)
        var inString = false
        var escaped = false
        for byte in indented {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                result.append(byte)
            } else if byte == UInt8(ascii: "\"") {
                inString = true
                result.append(byte)
            } else if byte != UInt8(ascii: " "), byte != UInt8(ascii: "\n") {
                result.append(byte)
            }
        }
        return result
    }
}
