/// Literal search over texts held as code points (the case-folded texts of the prefilter).
extension Array where Element == UInt32 {
    /// Whether `needle` occurs in this text. Plain loops over the two buffers: the prefilter asks
    /// this of every text of the KB, and slices compared with `elementsEqual` cost several times as much.
    func contains(subsequence needle: [UInt32]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= count else { return false }
        return withUnsafeBufferPointer { text in
            needle.withUnsafeBufferPointer { needle in
                let first = needle[0]
                for start in 0...(text.count - needle.count) where text[start] == first {
                    var offset = 1
                    while offset < needle.count, text[start + offset] == needle[offset] { offset += 1 }
                    if offset == needle.count { return true }
                }
                return false
            }
        }
    }
}
