/// Literal search over texts held as code points (the case-folded texts of the prefilter).
extension Array where Element == UInt32 {
    /// Whether `needle` occurs in this text. Plain loops over the two buffers: the prefilter asks
    /// this of every text of the KB, and slices compared with `elementsEqual` cost several times as much.
    func contains(subsequence needle: [UInt32]) -> Bool {
        withUnsafeBufferPointer { text in occurs(needle, inTextOf: text.count) { text[$0] } }
    }
}

/// Whether `needle` occurs in a text of `count` code points, the one at `index` being
/// `scalar(index)`: each candidate start is tested on its first code point, then the rest.
@inline(__always)
private func occurs(_ needle: [UInt32], inTextOf count: Int, _ scalar: (Int) -> UInt32) -> Bool {
    guard let first = needle.first else { return true }
    guard needle.count <= count else { return false }
    return needle.withUnsafeBufferPointer { needle in
        for start in 0...(count - needle.count) where scalar(start) == first {
            var offset = 1
            while offset < needle.count, scalar(start + offset) == needle[offset] { offset += 1 }
            if offset == needle.count { return true }
        }
        return false
    }
}

extension RequiredLiterals {
    /// Whether `text` is ASCII and its case-folded form contains none of `literals`: then a
    /// pattern requiring one of them cannot match it. Read from the text's bytes, since ASCII
    /// folds byte for byte into ASCII: most texts are ruled out so, and making their code points
    /// and folding them for the matcher's own check was most of a focused cross-record run.
    /// False when a literal occurs, and when the text is not ASCII (the matcher then decides).
    static func ruleOut(_ text: String, lacking literals: [[UInt32]]) -> Bool {
        ASCIIText.withBytes(of: text) { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            // A literal with a scalar beyond ASCII cannot occur in folded ASCII.
            return !literals.contains { $0.allSatisfy { $0 < 0x80 } && occurs($0, inTextOf: bytes.count) { fold(bytes[$0]) } }
        }
    }

    private static func fold(_ byte: UInt8) -> UInt32 { PythonCaseFolding.fold(UInt32(byte), ascii: false) }
}
