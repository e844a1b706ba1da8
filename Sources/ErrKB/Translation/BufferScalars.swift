/// The Unicode scalars of a string decoded from its UTF-8 buffer: the scalar view's iterator
/// costs several times as much, and the translation rules walk every scalar of every pair.
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
        ASCIIText.withBytes(of: text) { bytes in
            var scalars: [Unicode.Scalar] = []
            scalars.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let (scalar, length) = decode(bytes, at: index)
                scalars.append(scalar)
                index += length
            }
            return scalars
        }
    }
}
