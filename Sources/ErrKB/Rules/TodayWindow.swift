import Synchronization

/// The days on which one file's findings come out as they did today. Most findings do not
/// depend on the date at all; the few rules that compare a record's dates with today narrow the
/// window to the days on which each comparison keeps its answer. The check cache takes a file's
/// findings on another day only inside its window, so a new day does not mean a cold cache.
public final class TodayWindow: Sendable {
    /// Day numbers (`CalendarDate.dayNumber`), both ends included.
    private let days = Mutex((first: Int.min, last: Int.max))

    public init() {}

    /// The first and last day of the window.
    var range: (first: Int, last: Int) { days.withLock { $0 } }

    /// Narrows the window to the days from `first` through `last`.
    func narrow(from first: Int = .min, through last: Int = .max) {
        days.withLock { days in days = (max(days.first, first), min(days.last, last)) }
    }
}

extension RuleContext {
    /// Notes that what the rule found holds from day `first` through day `last` only (see
    /// `TodayWindow`); a rule that compares with today says so here.
    func findingsHold(from first: Int = .min, through last: Int = .max) {
        todayWindow?.narrow(from: first, through: last)
    }

    /// Notes that what the rule found holds today only (its message names today's date, or a
    /// number of days from it).
    func findingsHoldTodayOnly() {
        findingsHold(from: today.dayNumber, through: today.dayNumber)
    }
}
