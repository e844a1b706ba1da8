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
        let all = try staging.stream(to: "errkb.json") { (out: inout BundleStaging.Stream) throws(RunError) in
            try writeArray(records.count, to: &out) { index throws(RunError) in try staging.read(records[index].file.path) }
        }
        let lines = try staging.stream(to: "errkb.jsonl") { (out: inout BundleStaging.Stream) throws(RunError) in
            for record in records {
                try out.append(compact(try staging.read(record.file.path)))
                try out.append([UInt8(ascii: "\n")])
            }
        }
        let index = try staging.stream(to: "index.json") { (out: inout BundleStaging.Stream) throws(RunError) in
            try writeArray(records.count, to: &out) { position in Array(CanonicalJSON.string(records[position].index).utf8) }
        }
        let files = (records.map(\.file) + [all, lines, index]).sorted { $0.path < $1.path }
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

    /// Writes the canonical form of an array of `count` values whose own canonical forms
    /// `element` gives: each one indented a level deeper, which in canonical JSON means two more
    /// spaces after every line break (strings hold no raw line breaks).
    private static func writeArray(_ count: Int, to out: inout BundleStaging.Stream,
                                   element: (Int) throws(RunError) -> [UInt8]) throws(RunError) {
        guard count > 0 else { return try out.append(Array("[]".utf8)) }
        try out.append([UInt8(ascii: "[")])
        for position in 0..<count {
            try out.append(Array((position == 0 ? "\n  " : ",\n  ").utf8))
            var indented: [UInt8] = []
            for byte in try element(position) {
                indented.append(byte)
                if byte == UInt8(ascii: "\n") { indented.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: " ")]) }
            }
            try out.append(indented)
        }
        try out.append(Array("\n]".utf8))
    }

    /// The compact form of canonical indented JSON: the two differ only in the spaces and line
    /// breaks the indented form puts between tokens, so those are dropped outside strings.
    static func compact(_ indented: [UInt8]) -> [UInt8] {
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
