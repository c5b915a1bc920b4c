/// A date of the proleptic Gregorian calendar and its day number since 1970-01-01, by Howard
/// Hinnant's algorithms (integer arithmetic, any year, before 1970 too). No Foundation: the SigV4
/// signer's `X-Amz-Date` and the model's ISO 8601 chat times share this one routine.
package struct CivilDate: Hashable, Sendable {
    package var year: Int
    /// 1...12.
    package var month: Int
    /// 1...31.
    package var day: Int

    package init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date `days` days after 1970-01-01 (before it when negative).
    package init(daysSince1970 days: Int) {
        let z = days + 719_468
        let era = Self.floorDiv(z, 146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Days since 1970-01-01.
    package var daysSince1970: Int {
        let y = month <= 2 ? year - 1 : year
        let era = Self.floorDiv(y, 400)
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The UTC date and second of the day of an instant, `seconds` since 1970.
    package static func utc(epochSeconds seconds: Int) -> (date: CivilDate, secondOfDay: Int) {
        let days = floorDiv(seconds, 86_400)
        return (CivilDate(daysSince1970: days), seconds - days * 86_400)
    }

    /// Division rounding toward minus infinity, so the days before 1970 come out right.
    static func floorDiv(_ a: Int, _ b: Int) -> Int {
        let q = a / b
        return a % b < 0 ? q - 1 : q
    }
}
