/// Case-insensitive comparison as `re.IGNORECASE` does it for `str` patterns.
///
/// Python lowercases both sides with the simple (one-character) Unicode mapping and treats as
/// equal the lowercase letters that share an uppercase (`s` and `ſ`, `σ` and `ς`, `i` and `ı`).
/// Mapping each character to the uppercase of its lowercase captures both at once: two
/// characters match ignoring case exactly when their folds are equal.
enum PythonCaseFolding {
    /// The fold of `c`: comparing folds is comparing ignoring case.
    static func fold(_ c: UInt32, ascii: Bool) -> UInt32 {
        if c < 0x80 { return (c >= 0x61 && c <= 0x7A) ? c - 0x20 : c }
        if ascii { return c }
        return upper(lower(c))
    }

    /// Python's `_sre.unicode_iscased`: the character has another case.
    static func isCased(_ c: UInt32, ascii: Bool) -> Bool {
        if c < 0x80 || ascii { return (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) }
        return lower(c) != c || upper(c) != c
    }

    /// Characters that may fold to the same value as `c`, for testing ranges: a range matches
    /// ignoring case when one of them lies in it and has the same fold.
    static func relatives(of c: UInt32, ascii: Bool) -> [UInt32] {
        if ascii { return [c, fold(c, ascii: true), lower(c, ascii: true)] }
        let lowered = lower(c), folded = upper(lowered)
        return [c, lowered, upper(c), folded, lower(folded)] + (extraLowercase[lowered] ?? [])
    }

    /// Lowercase letters that share an uppercase with another lowercase letter (Python's
    /// `_casefix` table, which the fold covers) plus the characters whose simple lowercase
    /// is such a letter: the ones `relatives` cannot reach from the mappings alone.
    private static let extraLowercase: [UInt32: [UInt32]] = [
        0x69: [0x131, 0x130], 0x131: [0x69, 0x49], 0x73: [0x17F], 0x17F: [0x73, 0x53], 0x6B: [0x212A],
        0xB5: [0x3BC], 0x3BC: [0xB5], 0x3B9: [0x345, 0x1FBE], 0x345: [0x3B9, 0x1FBE], 0x1FBE: [0x345, 0x3B9],
        0x3B2: [0x3D0], 0x3D0: [0x3B2], 0x3B5: [0x3F5], 0x3F5: [0x3B5], 0x3B8: [0x3D1, 0x3F4], 0x3D1: [0x3B8],
        0x3BA: [0x3F0], 0x3F0: [0x3BA], 0x3C0: [0x3D6], 0x3D6: [0x3C0], 0x3C1: [0x3F1], 0x3F1: [0x3C1],
        0x3C2: [0x3C3], 0x3C3: [0x3C2], 0x3C6: [0x3D5], 0x3D5: [0x3C6], 0x3C9: [0x2126], 0xE5: [0x212B],
        0x1E61: [0x1E9B], 0x1E9B: [0x1E61], 0x432: [0x1C80], 0x434: [0x1C81], 0x43E: [0x1C82], 0x441: [0x1C83],
        0x442: [0x1C84, 0x1C85], 0x44A: [0x1C86], 0x463: [0x1C87], 0xA64B: [0x1C88],
    ]

    /// Lowercase as `re` takes it under the flags: ASCII letters only with `a`, else `lower(_:)`.
    static func lower(_ c: UInt32, ascii: Bool) -> UInt32 {
        if c < 0x80 || ascii { return (c >= 0x41 && c <= 0x5A) ? c + 0x20 : c }
        return lower(c)
    }

    /// Simple lowercase mapping (`Py_UNICODE_TOLOWER`).
    static func lower(_ c: UInt32) -> UInt32 {
        guard let scalar = Unicode.Scalar(c), PythonText.isAssigned(scalar) else { return c }
        if c == 0x130 { return 0x69 }  // the one letter whose full lowercase is two characters
        return single(scalar.properties.lowercaseMapping) ?? c
    }

    /// Simple uppercase mapping (`Py_UNICODE_TOUPPER`): where the full mapping is several
    /// characters (`ß` → `SS`) the simple one is the titlecase letter when that is one
    /// character (`ᾳ` → `ᾼ`), and otherwise the character itself.
    static func upper(_ c: UInt32) -> UInt32 {
        guard let scalar = Unicode.Scalar(c), PythonText.isAssigned(scalar) else { return c }
        return single(scalar.properties.uppercaseMapping) ?? single(scalar.properties.titlecaseMapping) ?? c
    }

    private static func single(_ mapping: String) -> UInt32? {
        var scalars = mapping.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return nil }
        return first.value
    }
}
