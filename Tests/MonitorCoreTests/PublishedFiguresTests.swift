import Testing
@testable import MonitorCore

/// Every published figure of sections A–C and F of shared/spec/published-figures.md,
/// computed from the raw rows of the bundled delivery.
@Suite struct PublishedFiguresTests {
    static let names = ["Asten", "Deurne", "Geldrop-Mierlo", "Gemert-Bakel", "Helmond", "Laarbeek", "Nuenen", "Someren", "Son en Breugel", "Veldhoven", "Waalre"]

    @Test func bundledDataLoadsWithoutProblems() throws {
        _ = try Bundled.dataset()
        #expect(Bundled.result.errors.isEmpty)
        #expect(Bundled.result.warnings.isEmpty)
        #expect(try Bundled.dataset().delivery.month == Month(year: 2026, month: 10))
    }

    // A. Aantal jeugdigen in zorg per gemeente.
    @Test(arguments: [
        (2022, [363, 654, 1264, 541, 2602, 523, 497, 381, 499, 1226, 464], 9014),
        (2023, [372, 637, 1224, 607, 2635, 515, 547, 367, 519, 1299, 479], 9201),
    ])
    func youthsInCare(year: Int, expected: [Int], total: Int) throws {
        let d = try Bundled.dataset()
        let t = d.youthsInCare()
        for (name, count) in zip(Self.names, expected) {
            #expect(t.count(year: year, municipality: try Bundled.municipality(d, name)) == count, "\(name) \(year)")
        }
        #expect(t.regionCount(year: year) == total)
    }

    @Test func inCareDevelopmentAsPublished() throws {
        let report = ZeroMeasurementReports.inCare(try Bundled.dataset())
        let row = try #require(report.layout[0].rows.first { $0.label == "Ontwikkeling" })
        let shown = row.values.map(PeopleText.string)
        #expect(shown == ["2,5%", "-2,6%", "-3,2%", "12,2%", "1,3%", "-1,5%", "10,1%", "-3,7%", "4,0%", "6,0%", "3,2%", "2,1%"])
    }

    // B. Aantal unieke cliënten in verblijf.
    @Test func residentialClients() throws {
        let t = try Bundled.dataset().residentialClients()
        #expect(Array(t.segment1.prefix(2)) == [168, 170])
        #expect(Array(t.segment2.prefix(2)) == [351, 328])
        #expect(Array(t.total.prefix(2)) == [492, 473])
    }

    // C. Verblijf per gemeente: S1-verblijf, S2-gezinsnabij, S2-wonen for 2022 and 2023.
    @Test(arguments: [
        ("Asten", [11, 9], [16, 9], [2, 3]),
        ("Deurne", [15, 13], [19, 15], [1, 3]),
        ("Geldrop-Mierlo", [12, 20], [33, 31], [4, 0]),
        ("Gemert-Bakel", [10, 13], [18, 17], [0, 1]),
        ("Helmond", [58, 54], [138, 136], [9, 11]),
        ("Laarbeek", [6, 11], [18, 17], [2, 3]),
        ("Nuenen", [6, 4], [15, 10], [0, 0]),
        ("Someren", [2, 3], [7, 7], [1, 2]),
        ("Son en Breugel", [8, 8], [10, 9], [1, 0]),
        ("Veldhoven", [31, 28], [44, 44], [9, 9]),
        ("Waalre", [9, 7], [8, 7], [0, 1]),
    ])
    func residentialByMunicipality(name: String, s1: [Int], familyLike: [Int], living: [Int]) throws {
        let d = try Bundled.dataset()
        let t = d.residentialClients()
        let m = try Bundled.municipality(d, name)
        #expect([0, 1].map { t.byMunicipality[$0][m].s1Residential } == s1)
        #expect([0, 1].map { t.byMunicipality[$0][m].s2FamilyLike } == familyLike)
        #expect([0, 1].map { t.byMunicipality[$0][m].s2Living } == living)
    }

    @Test func residentialByMunicipalityTotals() throws {
        let t = try Bundled.dataset().residentialClients()
        #expect([0, 1].map { t.regionByClass[$0].s1Residential } == [168, 170])
        #expect([0, 1].map { t.regionByClass[$0].s2FamilyLike } == [326, 302])
        #expect([0, 1].map { t.regionByClass[$0].s2Living } == [29, 33])
    }

    // F. Programme text.
    @Test func programmeFigures() throws {
        let d = try Bundled.dataset()
        let t = d.youthsInCare()
        // "9.201 clients, about 200 more than 2022".
        #expect(abs((t.regionCount(year: 2023) ?? 0) - (t.regionCount(year: 2022) ?? 0) - 200) <= 20)
        // "About 180 contracted providers" (±3 %).
        #expect((175...185).contains(d.contractedProviders(in: Period(year: 2023))))
        let maatwerk = d.customArrangements()
        #expect(maatwerk.region[0] == 3906)
        #expect(maatwerk.region[1] == 1454)
        #expect(d.rmtSummary(year: 2023).cases == 44)
        #expect(d.reference.rmtCases.map(\.registered).min().map { $0.month } == Month(year: 2022, month: 1))
    }

    @Test func laterYearsContinuePlausibly() throws {
        let t = try Bundled.dataset().residentialClients()
        // Out-of-home placements keep falling after 2023 but not yet to the 2028 target of 379.
        #expect(t.years.count >= 5)
        #expect(t.total[2] < t.total[1])
        #expect(t.total[3] <= t.total[2])
        #expect(t.total[3] > 379)
    }
}
