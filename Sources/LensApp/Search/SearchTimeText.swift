import Foundation

/// A time as `--from`/`--to` write it: ISO 8601 with its zone (`2024-05-01T09:00:00Z`,
/// `2024-05-01T09:00+02:00`), or a local time in `timeZone` (`2024-05-01 09:00`,
/// `2024-05-01T09:00:30`, a date alone for its midnight, a time alone for today).
package enum SearchTimeText {
    /// The instant `text` names, or nil when it is not a time.
    package static func parse(_ text: String, now: Date, timeZone: TimeZone) -> Date? {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        var parts = DateComponents()
        if let date = datePart(&rest) {
            (parts.year, parts.month, parts.day) = date
            guard rest.isEmpty || rest.first == "T" || rest.first == "t" || rest.first == " " else { return nil }
            rest = rest.dropFirst()
            if rest.isEmpty { return onCalendar(parts, at: (0, 0, 0, 0), calendar) }
        } else {
            let today = calendar.dateComponents([.year, .month, .day], from: now)
            (parts.year, parts.month, parts.day) = (today.year, today.month, today.day)
        }
        guard let clock = timePart(&rest) else { return nil }
        if !rest.isEmpty {
            guard let offset = zonePart(rest), let zone = TimeZone(secondsFromGMT: offset) else { return nil }
            calendar.timeZone = zone
        }
        return onCalendar(parts, at: clock, calendar)
    }

    /// The instant of a day and a time of day, or nil when the day is not on the calendar.
    private static func onCalendar(_ day: DateComponents, at clock: (Int, Int, Int, Int), _ calendar: Calendar) -> Date? {
        var parts = day
        (parts.hour, parts.minute, parts.second, parts.nanosecond) = clock
        guard let date = calendar.date(from: parts) else { return nil }
        // Calendar rolls 31 April over to 1 May: a date that is not on the calendar is refused.
        let back = calendar.dateComponents([.year, .month, .day], from: date)
        guard back.year == parts.year, back.month == parts.month, back.day == parts.day else { return nil }
        return date
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
            nanos = value * Int(pow(10, Double(9 - digits.count)))
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
