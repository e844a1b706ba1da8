extension Unicode.Scalar {
    /// Terminal cells the scalar takes: 2 for East Asian wide and fullwidth characters and most
    /// emoji, 0 for combining marks, 1 otherwise.
    var displayWidth: Int {
        let v = value
        if properties.generalCategory == .nonspacingMark || properties.generalCategory == .enclosingMark || v == 0x200D {
            return 0
        }
        let wideRanges: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
        ]
        return wideRanges.contains { $0.contains(v) } ? 2 : 1
    }
}

extension StringProtocol {
    /// Padding that reaches the start of the 1-based `column` (counted in Unicode scalars) when
    /// printed under this line: wide characters take two cells, and tabs stay tabs so the caret
    /// lines up whatever the terminal's tab width.
    func caretPadding(toColumn column: Int) -> String {
        var padding = ""
        for scalar in unicodeScalars.prefix(Swift.max(column - 1, 0)) {
            padding += scalar == "\t" ? "\t" : String(repeating: " ", count: scalar.displayWidth)
        }
        return padding
    }

    /// Cells taken by the scalars from `start` up to (not including) `end`, 1-based columns.
    func displayWidth(fromColumn start: Int, toColumn end: Int) -> Int {
        unicodeScalars.dropFirst(Swift.max(start - 1, 0)).prefix(Swift.max(end - start, 0)).reduce(0) { $0 + $1.displayWidth }
    }
}
