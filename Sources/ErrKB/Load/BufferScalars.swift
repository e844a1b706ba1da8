/// The Unicode scalars of a string decoded from its UTF-8 buffer: the scalar view's iterator
/// costs several times as much, and the translation rules walk every scalar of every pair (and
/// the regex rules every text of the KB).
enum BufferScalars {
    /// The scalar whose valid UTF-8 starts at `index`, and its length in bytes.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        let value: UInt32
        let length: Int
        switch lead {
        case 0..<0x80: return (Unicode.Scalar(UInt8(lead)), 1)
        case 0xC0..<0xE0: (value, length) = (lead & 0x1F, 2)
        case 0xE0..<0xF0: (value, length) = (lead & 0x0F, 3)
        default: (value, length) = (lead & 0x07, 4)
        }
        var scalar = value
        for next in 1..<length { scalar = scalar << 6 | UInt32(bytes[index + next] & 0x3F) }
        return (Unicode.Scalar(scalar) ?? "\u{FFFD}", length)
    }

    /// `Array(text.unicodeScalars)`, decoded from the buffer.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        decoded(text) { $0 }
    }

    /// The scalars' values, `text.unicodeScalars.map(\.value)`, decoded from the buffer: what
    /// the regex matcher runs on. The scalar view's `map` also grew its array as it went.
    static func values(of text: String) -> [UInt32] {
        decoded(text) { $0.value }
    }

    private static func decoded<Element>(_ text: String, _ element: (Unicode.Scalar) -> Element) -> [Element] {
        ASCIIText.withBytes(of: text) { bytes in
            var elements: [Element] = []
            elements.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let (scalar, length) = decode(bytes, at: index)
                elements.append(element(scalar))
                index += length
            }
            return elements
        }
    }
}
