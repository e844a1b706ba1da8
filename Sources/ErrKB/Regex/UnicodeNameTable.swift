/// Reverse lookup of Unicode character names for `\N{...}`, like Python's `unicodedata.lookup`:
/// case-insensitive, limited to Unicode 14.0 (Python 3.11's database), formal aliases included.
///
/// Built once, on the first `\N{...}`, from Swift's own name tables, so nothing is embedded.
/// Python also accepts the informative aliases of NameAliases.txt (`LINE FEED`, `LF`, `NBSP`…),
/// which Swift does not expose; those names are refused here.
enum UnicodeNameTable {
    private static let table: [String: UInt32] = {
        var names: [String: UInt32] = [:]
        names.reserveCapacity(160_000)
        // Planes 0–3 and the tag/variation-selector block hold every named character.
        let ranges: [ClosedRange<UInt32>] = [0...0xD7FF, 0xE000...0x3FFFF, 0xE0000...0xE0FFF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value), PythonText.isAssigned(scalar) else { continue }
                let properties = scalar.properties
                if let name = properties.name { names[name] = value }
                if let alias = properties.nameAlias { names[alias] = value }
            }
        }
        return names
    }()

    /// The code point named `name`, or nil when Python 3.11 would not know it.
    static func lookup(_ name: String) -> UInt32? {
        // Python folds ASCII letters only, so `ß` must not become `SS`.
        let folded = String(String.UnicodeScalarView(name.unicodeScalars.map { scalar in
            ("a"..."z").contains(scalar) ? Unicode.Scalar(scalar.value - 32) ?? scalar : scalar
        }))
        return table[folded]
    }
}
