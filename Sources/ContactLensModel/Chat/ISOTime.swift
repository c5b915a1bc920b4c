import CivilCalendar

/// ISO 8601 times as chat segments carry them (`2024-03-14T19:39:26.715Z`), read without
/// a formatter per call: formatters are slow and not `Sendable`.
package enum ISOTime {
    /// Milliseconds since 1970 of `yyyy-MM-ddTHH:mm:ss[.fraction](Z|±hh:mm)`, nil otherwise.
    package static func epochMillis(_ text: String) -> Int? {
        let s = Array(text.utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= s.count else { return nil }
            var n = 0
            for b in s[from..<(from + count)] {
                guard (48...57).contains(b) else { return nil }
                n = n * 10 + Int(b - 48)
            }
            return n
        }
        guard s.count >= 20, s[4] == 45, s[7] == 45, s[10] == 84 || s[10] == 116, s[13] == 58, s[16] == 58,
            let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
            let minute = number(14, 2), let second = number(17, 2), (1...12).contains(month), (1...31).contains(day),
            hour < 24, minute < 60, second < 61
        else { return nil }
        var i = 19
        var millis = 0
        if i < s.count, s[i] == 46 {
            i += 1
            var scale = 100
            while i < s.count, (48...57).contains(s[i]) {
                millis += Int(s[i] - 48) * scale
                scale /= 10
                i += 1
            }
        }
        var offsetMinutes = 0
        if i < s.count, s[i] == 90 || s[i] == 122 {
            i += 1
        } else if i + 6 == s.count, s[i] == 43 || s[i] == 45, s[i + 3] == 58, let h = number(i + 1, 2), let m = number(i + 4, 2) {
            offsetMinutes = (s[i] == 45 ? -1 : 1) * (h * 60 + m)
            i += 6
        } else {
            return nil
        }
        guard i == s.count else { return nil }
        let days = CivilDate(year: year, month: month, day: day).daysSince1970
        let seconds = ((days * 24 + hour) * 60 + minute) * 60 + second - offsetMinutes * 60
        return seconds * 1000 + millis
    }

    /// `2024-03-14T19:39:26.715Z` for milliseconds since 1970 (UTC).
    package static func format(epochMillis: Int) -> String {
        // Integer arithmetic: a Double of ms since 1970 loses the last millisecond.
        let millis = ((epochMillis % 1000) + 1000) % 1000
        let (date, secondOfDay) = CivilDate.utc(epochSeconds: (epochMillis - millis) / 1000)
        let (year, month, day) = (date.year, date.month, date.day)
        func pad(_ n: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(n).count)) + String(n) }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay / 60 % 60, 2)):"
            + "\(pad(secondOfDay % 60, 2)).\(pad(millis, 3))Z"
    }
}
