import CivilCalendar
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A time zone as lenstail shows times in it: the machine's own (the `TZ` variable, else
/// /etc/localtime, with its daylight-saving rules, read by the C library) or a fixed offset.
/// FoundationEssentials alone knows no zone by name (`TimeZone.current` is GMT without full
/// Foundation's ICU data), so the local clock comes from the C library as `date` reads it.
package struct LocalZone: Hashable, Sendable {
    private enum Rule: Hashable, Sendable {
        case system
        case fixed(Int)
    }

    private let rule: Rule

    /// The machine's zone.
    package static let current = LocalZone(rule: .system)
    /// UTC.
    package static let utc = LocalZone(rule: .fixed(0))

    /// A fixed offset east of Greenwich, within a day (as `TimeZone(secondsFromGMT:)`).
    package init?(secondsFromGMT seconds: Int) {
        guard abs(seconds) < 86_400 else { return nil }
        rule = .fixed(seconds)
    }

    private init(rule: Rule) { self.rule = rule }

    /// Seconds east of Greenwich at `date`.
    package func secondsFromGMT(for date: Date) -> Int {
        secondsFromGMT(at: Int(date.timeIntervalSince1970.rounded(.down)))
    }

    /// Seconds east of Greenwich at `epochSeconds`.
    package func secondsFromGMT(at epochSeconds: Int) -> Int {
        switch rule {
        case .fixed(let seconds): return seconds
        case .system:
            _ = Self.initialized
            var time = time_t(epochSeconds)
            var parts = tm()
            guard localtime_r(&time, &parts) != nil else { return 0 }
            return Int(parts.tm_gmtoff)
        }
    }

    /// The instant a wall clock in this zone shows `localSeconds` (seconds since 1970-01-01 00:00
    /// on that clock). A time shown twice (clocks set back) is its first; a time skipped (clocks
    /// set forward) is read with the offset before the change, so 02:30 is 03:30 on the new clock,
    /// as Foundation's `Calendar` answered.
    package func epochSeconds(localSeconds local: Int) -> Int {
        let before = secondsFromGMT(at: local - 86_400)
        let after = secondsFromGMT(at: local + 86_400)
        for offset in [max(before, after), min(before, after)] where secondsFromGMT(at: local - offset) == offset {
            return local - offset
        }
        return local - before
    }

    /// The date and second of the day a wall clock in this zone shows at `date`.
    package func civil(_ date: Date) -> (date: CivilDate, secondOfDay: Int) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        return CivilDate.utc(epochSeconds: seconds + secondsFromGMT(at: seconds))
    }

    /// The C library reads `TZ` and /etc/localtime once, before the first local time.
    private static let initialized: Void = tzset()
}
