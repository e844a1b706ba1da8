/// Literal search over texts held as code points (the case-folded texts of the prefilter).
extension Array where Element == UInt32 {
    /// Whether `needle` occurs in this text.
    func contains(subsequence needle: [UInt32]) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= count else { return false }
        var start = 0
        while let at = self[start...].firstIndex(of: first), at + needle.count <= count {
            if self[at..<(at + needle.count)].elementsEqual(needle) { return true }
            start = at + 1
        }
        return false
    }
}
