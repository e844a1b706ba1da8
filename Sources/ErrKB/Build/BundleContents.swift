/// Computes every file of a release bundle from canonical records, in memory: the same records
/// give the same bytes whatever the machine, the folder or the clock.
enum BundleContents {
    /// The fields a lookup client needs to match an error text, in this order.
    static let indexFields = ["id", "signature", "signature_zh", "regex", "aliases", "domain", "category"]

    /// `records` must be canonical and sorted by id.
    static func files(for records: [(id: String, value: JSONValue)], schemaVersion: String) -> [BundleFile] {
        var files: [BundleFile] = records.parallelMap { record in
            BundleFile(path: "records/\(record.id).json", text: CanonicalJSON.string(record.value))
        }
        let values = records.map(\.value)
        files.append(BundleFile(path: "errkb.json", text: CanonicalJSON.string(.array(values))))
        files.append(BundleFile(path: "errkb.jsonl", text: values.map { CanonicalJSON.compactString($0) + "\n" }.joined()))
        let index = values.map { value in
            JSONValue.object(indexFields.map { field in (field, value[field] ?? .null) })
        }
        files.append(BundleFile(path: "index.json", text: CanonicalJSON.string(.array(index))))
        files.append(manifest(for: files, recordCount: records.count, schemaVersion: schemaVersion))
        return files
    }

    /// Sizes and SHA-256 of every other file, sorted by path.
    private static func manifest(for files: [BundleFile], recordCount: Int, schemaVersion: String) -> BundleFile {
        let entries = files.sorted { $0.path < $1.path }.parallelMap { file in
            JSONValue.object([
                ("path", .string(file.path)),
                ("size", .integer(Int64(file.bytes.count))),
                ("sha256", .string(SHA256.hexDigest(file.bytes))),
            ])
        }
        let manifest = JSONValue.object([
            ("generator", .string("errkb \(ErrKBVersion.current)")),
            ("schema_version", .string(schemaVersion)),
            ("record_count", .integer(Int64(recordCount))),
            ("files", .array(entries)),
        ])
        return BundleFile(path: "manifest.json", text: CanonicalJSON.string(manifest))
    }
}
