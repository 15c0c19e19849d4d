import Testing
@testable import MonitorCore

@Suite struct CalendarTests {
    @Test func roundTripsCivilDates() {
        let d = Day(year: 2024, month: 2, day: 29)!
        #expect(d.description == "2024-02-29")
        #expect(Day(year: 2023, month: 2, day: 29) == nil)
        #expect((d + 1).description == "2024-03-01")
        #expect(Month(year: 2023, month: 4).dayCount == 30)
        #expect(Month("2026-10") == Month(year: 2026, month: 10))
    }

    /// Days from 1900 to 2199 come from a table of month starts; every day on both sides of its
    /// edges must be the day the arithmetic gives.
    @Test func theTableOfMonthStartsAgreesWithTheArithmetic() {
        for year in [1890, 1899, 1900, 1901, 1970, 2024, 2100, 2198, 2199, 2200, 2210] {
            for month in 1...12 {
                for day in 1...Day.daysIn(year: year, month: month) {
                    #expect(Day(year: year, month: month, day: day)?.ordinal == Int32(Day.daysFromCivil(year, month, day)))
                }
                #expect(Day(year: year, month: month, day: Day.daysIn(year: year, month: month) + 1) == nil)
            }
        }
    }
}
