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
}
