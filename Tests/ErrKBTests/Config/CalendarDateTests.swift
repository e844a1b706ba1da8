import Foundation
import Testing
@testable import ErrKB

/// Today's date from the day number agrees with Foundation's Gregorian calendar in UTC, and the
/// day number and the date convert into each other.
@Suite struct CalendarDateTests {
    @Test func todayIsFoundationsUTCDate() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var random = SplitMix64(seed: 0xDA7)
        // From 1901 to 2399, with the instants around midnight, leap days and the epoch among them.
        var instants: [TimeInterval] = [0, -1, 1, 86_399, 86_400, -86_400, -86_401, 951_782_400, 951_868_799, 4_107_542_400]
        for _ in 0..<20_000 { instants.append(TimeInterval(Int64(random.next() % 15_768_000_000) - 2_177_452_800)) }
        for instant in instants {
            let now = Date(timeIntervalSince1970: instant)
            let parts = calendar.dateComponents([.year, .month, .day], from: now)
            let date = CalendarDate.today(now: now)
            #expect([date.year, date.month, date.day] == [parts.year, parts.month, parts.day], "\(instant)")
        }
    }

    @Test func dayNumbersAndDatesConvertBothWays() {
        for dayNumber in -800_000...800_000 where dayNumber % 7 == 0 || abs(dayNumber) < 1_000 {
            #expect(CalendarDate(dayNumber: dayNumber).dayNumber == dayNumber)
        }
        #expect(CalendarDate(dayNumber: 0) == CalendarDate("1970-01-01"))
        #expect(CalendarDate(dayNumber: 11_016) == CalendarDate("2000-02-29"))
    }
}
