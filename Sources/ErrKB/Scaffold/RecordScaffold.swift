import Foundation

/// `errkb new`: the YAML source of a record not written yet — every field the schema requires,
/// in canonical order and `fmt` layout, under an editor hint naming the schema.
///
/// What the contributor must write is left as an empty string (`signature` unless given,
/// `regex`, `category`, `root_cause`): the schema rejects each one (`schema-length`,
/// `snake-case`), so `validate`, `lint` and `build` refuse the file until it is filled in, and a
/// placeholder can never ship. The rest start at values that are true of a record reported once
/// and checked by nobody else yet: dates today, `evidence_count: 1`, `confidence: 0.3` (the most
/// one report supports, per `confidence-evidence`), `fix_success_rate: 0.5`, `resolvable:
/// partial`, `verification_tier: community_verified`, `root_cause_type: generic`, translations
/// and `official_doc_url` null (lint reminds of them).
public struct RecordScaffold: Sendable {
    /// What happened when writing.
    public enum Outcome: Sendable, Equatable {
        /// Written at `path`, relative to the KB root.
        case written(path: String)
        /// A record of the KB already has the id.
        case idTaken(file: String)
        /// The target file exists (with another id inside, or none): never overwritten.
        case fileExists(path: String)
        case failed(path: String, reason: String)
    }

    public let id: String
    public let domain: String
    public let slug: String
    /// The record, keys in canonical order.
    public let value: JSONValue

    /// The scaffold of `id`; a malformed id, or a signature the schema refuses, is a bad argument.
    public init(id: String, signature: String?, today: CalendarDate, schema: RecordSchema) throws(RunError) {
        let parts = id.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let date = JSONValue.string(today.description)
        let fields: [String: JSONValue] = [
            "id": .string(id), "signature": .string(signature ?? ""), "signature_zh": .null, "regex": .string(""),
            "domain": .string(parts[0]), "category": .string(""), "root_cause": .string(""),
            "root_cause_type": .string("generic"), "root_cause_zh": .null, "official_doc_url": .null,
            "verification_tier": .string("community_verified"), "confidence": .number(0.3),
            "fix_success_rate": .number(0.5), "resolvable": .string("partial"),
            "first_seen": date, "last_confirmed": date, "last_updated": date, "evidence_count": .integer(1),
        ]
        let value = CanonicalRecord.make(.object(fields.map { ($0.key, $0.value) }), shape: schema.shape, fillingDefaults: false)
        // The id is checked by the schema's own id rule (id-format), so `new` and `validate`
        // can never disagree about what an id may be.
        let violations = schema.validator.validate(value)
        for field in signature == nil ? ["id"] : ["id", "signature"] {
            let path = JSONPointer.root.appending(field)
            guard let violation = violations.first(where: { $0.instancePath == path }) else { continue }
            throw .badArgument(violation.message + (violation.hint.map { "; \($0)" } ?? ""))
        }
        self.id = id
        self.domain = parts[0]
        self.slug = parts.count > 1 ? parts[1] : ""
        self.value = value
    }

    /// The file's text: the `yaml-language-server` line naming the schema by `schemaPath`
    /// (relative to the file's folder), then the record as `fmt` lays it out.
    public func text(schemaPath: String) -> String {
        var comments = YAMLWriter.Comments()
        comments.start = ["# yaml-language-server: $schema=\(schemaPath)"]
        return YAMLWriter.write(value, comments: comments)
    }

    /// Writes `records/<domain>/<slug>.yaml` in `workspace`, unless `existing` (the KB's records'
    /// entries) already has the id or the file exists.
    public func write(in workspace: Workspace, existing: [LookupEntry]) -> Outcome {
        if let taken = existing.first(where: { $0.id == id }) { return .idTaken(file: taken.file) }
        let relative = "\(workspace.config.recordsPath)/\(domain)/\(slug).yaml"
        let target = workspace.recordsURL.appendingPathComponent(domain).appendingPathComponent(slug + ".yaml")
        guard !FileManager.default.fileExists(atPath: target.path) else { return .fileExists(path: relative) }
        let schemaPath = workspace.knowledgeBase.schemaURL.path(relativeTo: target.deletingLastPathComponent())
        do {
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text(schemaPath: schemaPath).utf8).write(to: target, options: .atomic)
        } catch {
            return .failed(path: relative, reason: error.localizedDescription)
        }
        return .written(path: relative)
    }
}
