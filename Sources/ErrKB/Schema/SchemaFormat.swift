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

    static func isDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              (1...12).contains(month), day >= 1 else { return false }
        let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1]
    }
}
