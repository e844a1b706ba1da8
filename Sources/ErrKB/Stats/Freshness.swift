/// How recently the records were confirmed, in three bands: fresh (confirmed within
/// `ageingDays`), ageing (within `staleDays`), stale (longer ago), plus undated.
///
/// A record's date is its `last_confirmed` — the date the `stale-record` rule also reads, since it
/// says when the error was last seen to behave as written — or its `last_updated` when
/// `last_confirmed` is missing or not a date. A date after today counts as fresh (validate
/// reports it).
public struct Freshness: Sendable, Hashable {
    /// Days after which a record is ageing.
    public static let ageingDays = 180

    /// Days after which a record is stale: `stale_days` of errkb.yml (365 by default).
    public let staleDays: Int
    public private(set) var fresh = 0
    public private(set) var ageing = 0
    public private(set) var stale = 0
    /// Records with neither date readable.
    public private(set) var undated = 0

    /// Bands `dates`, one per record (nil: undated).
    public init(_ dates: [CalendarDate?], today: CalendarDate, staleDays: Int) {
        self.staleDays = staleDays
        for date in dates {
            guard let date else {
                undated += 1
                continue
            }
            let age = today.dayNumber - date.dayNumber
            if age > staleDays {
                stale += 1
            } else if age > Self.ageingDays {
                ageing += 1
            } else {
                fresh += 1
            }
        }
    }

    /// The record's `last_confirmed`, or its `last_updated` when that is missing or not a date.
    static func date(of record: TypedRecord) -> CalendarDate? {
        ["last_confirmed", "last_updated"].lazy.compactMap { record.value[$0]?.stringValue.flatMap(CalendarDate.init) }.first
    }
}
