/// The `format` values errkb asserts when `JSONSchema.Options.assertsFormat` is on; every other
/// format stays an annotation.
enum SchemaFormat: String {
    /// RFC 3339 `full-date`: `YYYY-MM-DD`, ASCII digits, a day that exists in that month.
    case date
    /// RFC 3986 `URI`: a scheme and a well-formed rest; relative references are not URIs.
    case uri

    /// What the value should have been, for messages.
    var expectation: String {
        switch self {
        case .date: "a date (YYYY-MM-DD)"
        case .uri: "an absolute URI"
        }
    }

    var hint: String? {
        switch self {
        case .date: "write the date as YYYY-MM-DD"
        case .uri: "write a full URI such as https://example.org/page, percent-encoding spaces and non-ASCII characters"
        }
    }

    func accepts(_ text: String) -> Bool {
        switch self {
        case .date: Self.isDate(text)
        case .uri: URIGrammar.isAbsoluteURI(text)
        }
    }

    /// What is wrong with a rejected value that has the right shape, for its message: a date
    /// written YYYY-MM-DD whose month or day does not exist. Nil where the shape is wrong (the
    /// expectation says it all).
    func flaw(in text: String) -> String? {
        guard self == .date, let (year, month, day) = Self.dateParts(text) else { return nil }
        guard (1...12).contains(month) else { return "there is no month \(month)" }
        let name = Self.monthNames[month - 1]
        return day == 0 ? "there is no day 0" : "\(name) \(year) has \(Self.days(inMonth: month, of: year)) days, not \(day)"
    }

    static func isDate(_ text: String) -> Bool {
        guard let (year, month, day) = dateParts(text), (1...12).contains(month) else { return false }
        return day >= 1 && day <= days(inMonth: month, of: year)
    }

    /// The year, month and day of text shaped `DDDD-DD-DD` (ASCII digits), whatever their values.
    private static func dateParts(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        return (year, month, day)
    }

    private static func days(inMonth month: Int, of year: Int) -> Int {
        let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        return [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }

    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                     "October", "November", "December"]
}
