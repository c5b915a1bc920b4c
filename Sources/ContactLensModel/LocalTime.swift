import CivilCalendar
import FoundationEssentials
import LensBasics

/// A moment as a person reads it in a time zone: `2024-05-01 09:12:03` (the search's lists and
/// tables), without a formatter per call.
package enum LocalTime {
    package static func text(_ date: Date, timeZone: LocalZone) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let (day, second) = CivilDate.utc(epochSeconds: seconds + timeZone.secondsFromGMT(for: date))
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let year = String(day.year)
        return String(repeating: "0", count: max(0, 4 - year.count)) + year + "-\(two(day.month))-\(two(day.day)) "
            + "\(two(second / 3600)):\(two(second / 60 % 60)):\(two(second % 60))"
    }
}
