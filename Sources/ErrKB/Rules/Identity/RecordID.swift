/// The parts of a record id `<domain>/<slug>`.
enum RecordID {
    /// The domain and slug of a well-formed id, or nil.
    static func split(_ id: String) -> (domain: String, slug: String)? {
        let parts = ASCIIText.split(id, separator: UInt8(ascii: "/"))
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        return (String(parts[0]), String(parts[1]))
    }
}
