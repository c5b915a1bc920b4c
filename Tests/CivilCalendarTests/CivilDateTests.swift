import Testing

@testable import CivilCalendar

/// Dates and day numbers agree with the calendar, both ways, across leap years and before 1970.
@Suite struct CivilDateTests {
    @Test(arguments: [
        (CivilDate(year: 1970, month: 1, day: 1), 0),
        (CivilDate(year: 1969, month: 12, day: 31), -1),
        (CivilDate(year: 2000, month: 2, day: 29), 11_016),
        (CivilDate(year: 2000, month: 3, day: 1), 11_017),
        (CivilDate(year: 1900, month: 3, day: 1), -25_508),
        (CivilDate(year: 2024, month: 3, day: 14), 19_796),
        (CivilDate(year: 0, month: 3, day: 1), -719_468),
    ])
    func knownDatesHaveTheirDayNumbers(date: CivilDate, days: Int) {
        #expect(date.daysSince1970 == days)
        #expect(CivilDate(daysSince1970: days) == date)
    }

    @Test func everyDayOfFourHundredYearsRoundTripsAndFollowsTheDayBefore() {
        var previous = CivilDate(daysSince1970: -146_098)
        var wrong: [String] = []
        for days in -146_097...146_097 {
            let date = CivilDate(daysSince1970: days)
            let follows = date.day > 1 ? date.day == previous.day + 1 : date.month == previous.month % 12 + 1
            if date.daysSince1970 != days || !follows { wrong.append("\(previous) then \(date) (day \(days))") }
            previous = date
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(3))")
    }

    @Test func anInstantBefore1970FallsOnThePreviousDay() {
        let (date, second) = CivilDate.utc(epochSeconds: -1)
        #expect(date == CivilDate(year: 1969, month: 12, day: 31))
        #expect(second == 86_399)
    }
}
