import Testing
@testable import MonitorCore

/// Contract §4: every product an allocation needs in a year it is active, from 2021 up to the
/// delivery's year, has a tarief for that year. The check compares days with the first of
/// January instead of computing years (issue 14); the edges of years must still count.
@Suite struct TariffCheckTests {
    @Test func theYearsAnAllocationIsActiveNeedATarief() throws {
        var fixture = DeliveryFixture()
        fixture.tariffs = ["productcode;jaar;tarief", "45A01;2022;80,00", "45A01;2024;85,50", "45A01;2026;90,25"]
            + (2021...2026).map { "43A09;\($0);60,00" }
        let a = { (number: String, start: String, end: String) in
            DeliveryFixture.allocation(number: number, client: "C\(number)", start: start, end: end)
        }
        fixture.allocationFiles["0743"]! += [
            a("X1", "2019-05-01", "2020-12-31"),                 // before 2021: nothing needed
            a("X2", "2020-12-31", "2021-01-01"),                 // one day of 2021
            a("X3", "2022-01-01", "2022-12-31"),                 // 2022 has one
            a("X4", "2022-12-31", "2023-01-01"),                 // one day of 2023
            a("X5", "2024-03-01", ""),                           // open: 2024 to 2026
            DeliveryFixture.allocation(number: "X7", client: "C7", start: "2021-02-01", changeReason: "13"),  // removed
            DeliveryFixture.allocation(number: "X8", client: "C8", start: "2021-02-01", unit: "83"),         // in euro's
            a("X9", "2026-12-31", ""),
        ]
        let folder = try fixture.write()
        let result = Loader.load(dataDirectory: folder.path)
        let missing = result.errors.map(\.description).filter { $0.hasPrefix("referentie/tarieven.csv") }
        #expect(missing.count == 3)
        #expect(missing.count == 3 && missing[0].contains("geen tarief voor product 45A01 in 2021") && missing[0].contains("toewijzing X2 "))
        #expect(missing.count == 3 && missing[1].contains("geen tarief voor product 45A01 in 2023") && missing[1].contains("toewijzing X4 "))
        #expect(missing.count == 3 && missing[2].contains("geen tarief voor product 45A01 in 2025") && missing[2].contains("toewijzing X5 "))
    }
}
