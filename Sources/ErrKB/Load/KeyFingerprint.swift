/// A cheap stand-in for a mapping key, so the search for a key written twice compares whole
/// keys only when they may be equal.
///
/// `String ==` is canonical equivalence, and even two short keys that differ cost it some fifty
/// instructions; a record's top mapping compares each of its thirty-odd keys with all before it.
/// Two ASCII texts are equivalent exactly when their bytes are equal, so for an ASCII key the
/// fingerprint is a hash of its bytes: different fingerprints prove different keys. A key with
/// any other byte may be equivalent to a text with different bytes (the Kelvin sign to `K`), so
/// it gets the fingerprint `unknown`, which proves nothing.
struct KeyFingerprint: Equatable {
    let bits: UInt64

    /// Proves nothing: the key holds a byte outside ASCII.
    static let unknown = KeyFingerprint(bits: .max)

    init(of key: String) {
        self = ASCIIText.withBytes(of: key) { bytes in
            // FNV-1a; the top bit is cleared so no ASCII key collides with `unknown`.
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                guard byte < 0x80 else { return .unknown }
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            return KeyFingerprint(bits: hash & ~(1 << 63))
        }
    }

    private init(bits: UInt64) { self.bits = bits }

    /// Whether keys with these fingerprints may be equal (`String ==`); false only when they are not.
    func mayEqual(_ other: KeyFingerprint) -> Bool {
        bits == other.bits || self == .unknown || other == .unknown
    }
}
