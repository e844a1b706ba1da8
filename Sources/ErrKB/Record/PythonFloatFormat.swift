/// Formats a double exactly as Python's `repr(float)`: the shortest digits that round-trip,
/// fixed notation while the decimal exponent is in [-4, 16), scientific (`1e-05`, `1e+16`) otherwise.
enum PythonFloatFormat {
    static func repr(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        // Swift writes the same shortest digits, and in fixed notation only below 2^53 and from
        // 1e-4 up, where Python does too, with the same `.0` for a whole number: then its text is
        // the answer, without taking it apart (every rate of every record written comes here).
        let swift = value.description
        if !ASCIIText.contains(UInt8(ascii: "e"), in: swift) { return swift }
        return reprByDigits(value)
    }

    /// `repr` from the shortest digits and the decimal point's position: the definition the
    /// shortcut through Swift's fixed notation must agree with.
    static func reprByDigits(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        let sign = value.sign == .minus ? "-" : ""
        let (digits, point) = shortestDigits(abs(value))
        guard !digits.isEmpty else { return sign + "0.0" }
        // `point` is dtoa's decpt: value = 0.DIGITS × 10^point.
        if point <= -4 || point > 16 {
            let exponent = point - 1
            let mantissa = digits.count == 1 ? digits : "\(digits.prefix(1)).\(digits.dropFirst())"
            let magnitude = String(abs(exponent))
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (magnitude.count < 2 ? "0" : "") + magnitude
        }
        if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + digits }
        if point >= digits.count { return sign + digits + String(repeating: "0", count: point - digits.count) + ".0" }
        let split = digits.index(digits.startIndex, offsetBy: point)
        return sign + digits[..<split] + "." + digits[split...]
    }

    /// The shortest round-trip digits (no leading or trailing zeros) and the decimal point's
    /// position, read from Swift's own shortest representation.
    private static func shortestDigits(_ value: Double) -> (String, Int) {
        let text = value.description  // shortest round-trip, e.g. "1e-05", "123.45", "1e+16"
        let parts = text.split(separator: "e", maxSplits: 1)
        let exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        let mantissa = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        let integerPart = mantissa[0]
        let fraction = mantissa.count > 1 ? mantissa[1] : ""
        var all = Substring(integerPart + fraction)
        var point = integerPart.count + exponent
        while all.first == "0" {
            all = all.dropFirst()
            point -= 1
        }
        while all.last == "0" { all = all.dropLast() }
        return (String(all), point)
    }
}
