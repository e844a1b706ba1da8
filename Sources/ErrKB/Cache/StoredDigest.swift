/// A digest as the check cache read it: its bytes, decoded only when a run needs the digest.
/// Most runs never do for most files: when no digest changed, the cross-record findings come
/// from the cache too, and then building tens of thousands of digests (and freeing them) would
/// be most of the run.
struct StoredDigest: Sendable {
    let bytes: StoredBytes

    /// The digest; nil when its bytes do not decode (the caller then reads the record file).
    func decoded() -> RecordDigest? {
        bytes.decoded { try RecordDigest(from: &$0) }
    }
}
