import CivilCalendar
import FoundationEssentials
import LensBasics

/// A time as `--from`/`--to` write it: ISO 8601 with its zone (`2024-05-01T09:00:00Z`,
/// `2024-05-01T09:00+02:00`), or a local time in `timeZone` (`2024-05-01 09:00`,
/// `2024-05-01T09:00:30`, a date alone for its midnight, a time alone for today).
package enum SearchTimeText {
    /// The instant `text` names, or nil when it is not a time.
    package static func parse(_ text: String, now: Date, timeZone: LocalZone) -> Date? {
        var rest = Substring(text.trimmed())
        var zone = timeZone
        let day: CivilDate
        if let date = datePart(&rest) {
            day = CivilDate(year: date.0, month: date.1, day: date.2)
            guard rest.isEmpty || rest.first == "T" || rest.first == "t" || rest.first == " " else { return nil }
            rest = rest.dropFirst()
            if rest.isEmpty { return instant(day, at: (0, 0, 0, 0), zone) }
        } else {
            day = timeZone.civil(now).date
        }
        guard let clock = timePart(&rest) else { return nil }
        if !rest.isEmpty {
            guard let offset = zonePart(rest), let fixed = LocalZone(secondsFromGMT: offset) else { return nil }
            zone = fixed
        }
        return instant(day, at: clock, zone)
    }

    /// The instant of a day and a time of day on `zone`'s clocks, or nil when the day is not on
    /// the calendar (31 April is refused, not rolled over to 1 May).
    private static func instant(_ day: CivilDate, at clock: (Int, Int, Int, Int), _ zone: LocalZone) -> Date? {
        guard CivilDate(daysSince1970: day.daysSince1970) == day else { return nil }
        let local = day.daysSince1970 * 86_400 + clock.0 * 3600 + clock.1 * 60 + clock.2
        return Date(timeIntervalSince1970: Double(zone.epochSeconds(localSeconds: local)) + Double(clock.3) / 1e9)
    }

    /// `YYYY-MM-DD`.
    private static func datePart(_ rest: inout Substring) -> (Int, Int, Int)? {
        let text = rest.prefix(10)
        let fields = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, fields.count == 3, fields[0].count == 4, fields[1].count == 2, fields[2].count == 2,
            let year = Int(fields[0]), let month = Int(fields[1]), let day = Int(fields[2]),
            (1970...9999).contains(year), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        rest = rest.dropFirst(10)
        return (year, month, day)
    }

    /// `HH:MM[:SS[.fraction]]`.
    private static func timePart(_ rest: inout Substring) -> (Int, Int, Int, Int)? {
        let clock = rest.prefix { $0.isNumber || $0 == ":" || $0 == "." }
        rest = rest.dropFirst(clock.count)
        let fields = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count), fields[0].count == 2, fields[1].count == 2,
            let hour = Int(fields[0]), let minute = Int(fields[1]), hour < 24, minute < 60
        else { return nil }
        guard fields.count == 3 else { return (hour, minute, 0, 0) }
        let secondText = fields[2].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard secondText[0].count == 2, let second = Int(secondText[0]), second < 60 else { return nil }
        var nanos = 0
        if secondText.count == 2 {
            let digits = secondText[1]
            guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy(\.isNumber), let value = Int(digits) else { return nil }
            nanos = value * (digits.count..<9).reduce(1) { scale, _ in scale * 10 }
        }
        return (hour, minute, second, nanos)
    }

    /// `Z`, `±HH:MM` or `±HHMM`: seconds east of UTC.
    private static func zonePart(_ text: Substring) -> Int? {
        if text == "Z" || text == "z" { return 0 }
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let digits = text.dropFirst().filter { $0 != ":" }
        guard digits.count == 4, digits.allSatisfy(\.isNumber), text.dropFirst().count == (text.contains(":") ? 5 : 4),
            let hours = Int(digits.prefix(2)), let minutes = Int(digits.suffix(2)), hours <= 14, minutes < 60
        else { return nil }
        return (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
    }
}
