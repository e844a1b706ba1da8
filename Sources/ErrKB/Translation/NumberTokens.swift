/// Numbers, versions, HTTP codes and durations of a text, each with its unit made language-neutral
/// (`30s`, `30 seconds` and `30秒` are all `30s`; `5%` and `5％` are `5%`). A number glued to a
/// letter before it (`E0382`, `v2`, `gpt-4` is not: `-` is not a letter) belongs to a name and is skipped.
/// An English month name next to a number in a date (`August 13, 2021`, `30 September`) counts as
/// its number, as Chinese writes it (`2021 年 8 月 13 日`).
enum NumberTokens {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]

    /// Unit spellings, longest first within each language, and the unit they mean.
    static let units: [(spelling: String, unit: String)] = [
        ("milliseconds", "ms"), ("millisecond", "ms"), ("ms", "ms"), ("毫秒", "ms"),
        ("seconds", "s"), ("second", "s"), ("secs", "s"), ("sec", "s"), ("s", "s"), ("秒钟", "s"), ("秒", "s"),
        ("minutes", "min"), ("minute", "min"), ("mins", "min"), ("min", "min"), ("分钟", "min"),
        ("hours", "h"), ("hour", "h"), ("hrs", "h"), ("h", "h"), ("小时", "h"),
        ("days", "d"), ("day", "d"), ("天", "d"),
        ("%", "%"), ("％", "%"), ("KB", "KB"), ("MB", "MB"), ("GB", "GB"), ("TB", "TB"),
        ("KiB", "KiB"), ("MiB", "MiB"), ("GiB", "GiB"),
    ]

    static func extract(_ text: String) -> [String] {
        // Every number starts at an ASCII digit: a text without one needs no scalars.
        guard ASCIIText.withBytes(of: text, { $0.contains(where: ASCIIText.isDigit) }) else { return monthNumbers(in: text) }
        let scalars = BufferScalars.scalars(of: text)
        var found: [String] = []
        var index = 0
        while index < scalars.count {
            guard isDigit(scalars[index]), index == 0 || !isNameScalar(scalars[index - 1]) else {
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, isDigit(scalars[end]) { end += 1 }
            while end + 1 < scalars.count, scalars[end] == ".", isDigit(scalars[end + 1]) {
                end += 1
                while end < scalars.count, isDigit(scalars[end]) { end += 1 }
            }
            // Digits and dots: ASCII, so a byte each. Building a scalar view cost thousands of
            // instructions a number.
            let number = String(decoding: scalars[index..<end].map { UInt8(truncatingIfNeeded: $0.value) }, as: UTF8.self)
            if end < scalars.count, isNameScalar(scalars[end]), unit(at: end, in: scalars) == nil {
                index = end  // `3rd`, `2x`: part of a word
                while index < scalars.count, isNameScalar(scalars[index]) { index += 1 }
                continue
            }
            let (unit, next) = unit(at: end, in: scalars) ?? ("", end)
            found.append(number + unit)
            index = next
        }
        return found + monthNumbers(in: text)
    }

    // Built once: a regex literal is parsed again every time it is evaluated.
    nonisolated(unsafe) static let monthInDate =
        #/(\d\s)?\b(January|February|March|April|May|June|July|August|September|October|November|December)\b(\s\d)?/#

    /// The numbers of the English month names written in dates.
    private static func monthNumbers(in text: String) -> [String] {
        // Every match holds a month name, so a text without one (nearly every text) skips the
        // regex, which is slow.
        guard mentionsMonth(text) else { return [] }
        if ASCIIText.isASCII(text) {
            return ASCIIMonthDates.matches(in: text).compactMap { $0.isDate ? String($0.month) : nil }
        }
        return text.matches(of: monthInDate)
            .compactMap { match in
                guard match.output.1 != nil || match.output.3 != nil,
                      let month = months.firstIndex(of: String(match.output.2)) else { return nil }
                return String(month + 1)
            }
    }

    /// Whether a month name's bytes occur in `text`: one pass that tries the names only where a
    /// byte is a month's capital, where a search per name went over the text twelve times.
    static func mentionsMonth(_ text: String) -> Bool {
        ASCIIText.withBytes(of: text) { bytes in
            for index in bytes.indices where monthInitials.contains(bytes[index]) {
                let rest = UnsafeBufferPointer(rebasing: bytes[index...])
                if monthBytes.contains(where: { $0.first == bytes[index] && rest.starts(with: $0) }) { return true }
            }
            return false
        }
    }

    private static let monthBytes = months.map { Array($0.utf8) }
    /// J, F, M, A, S, O, N, D as a table by byte, so most bytes are passed over with one load.
    private static let monthInitials = ByteTable(months.compactMap(\.utf8.first))

    /// A set of bytes answered by a table lookup.
    private struct ByteTable {
        private let table: [Bool]

        init(_ bytes: [UInt8]) {
            var table = [Bool](repeating: false, count: 256)
            for byte in bytes { table[Int(byte)] = true }
            self.table = table
        }

        func contains(_ byte: UInt8) -> Bool { table[Int(byte)] }
    }

    /// The unit written at `start` (after at most one space) and where it ends.
    private static func unit(at start: Int, in scalars: [Unicode.Scalar]) -> (String, Int)? {
        var position = start
        if position < scalars.count, scalars[position] == " " { position += 1 }
        for spelling in unitSpellings {
            let end = position + spelling.scalars.count
            guard end <= scalars.count, scalars[position..<end].elementsEqual(spelling.scalars) else { continue }
            if spelling.isASCIIWord, end < scalars.count, isNameScalar(scalars[end]) { continue }
            if spelling.isASCIIWord, position > start, spelling.characterCount <= 1 { continue }  // `30 s` is rare, `5 h…` is a word
            return (spelling.unit, end)
        }
        return nil
    }

    /// `units` taken apart once, not at every number.
    private static let unitSpellings: [(scalars: [Unicode.Scalar], unit: String, isASCIIWord: Bool, characterCount: Int)] =
        units.map { spelling, unit in
            let scalars = Array(spelling.unicodeScalars)
            return (scalars, unit, scalars.allSatisfy { $0.properties.isAlphabetic && $0.isASCII }, spelling.count)
        }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// An ASCII letter, digit or underscore (the only ASCII scalars Unicode calls alphabetic are
    /// the letters, so no property lookup is needed).
    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F: true
        default: false
        }
    }
}
