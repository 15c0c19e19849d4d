import Testing
@testable import MonitorCore

/// Costs on small hand-made deliveries: monthly beschikt and gedeclareerd, cost per client,
/// annual accounts. Every answer is worked out by hand in the comments.
@Suite struct CostMetricsTests {
    // MARK: Monthly amounts

    /// Delivery of March 2023 (horizon 2023-03-31). Tariffs: AMB € 90 (2022), € 100 (2023); S1V € 310 (2023).
    static let monthlyAllocations = [
        // Alpha: 10 hours a month × € 100 = € 1.000 in each full month; open, clipped at 31 March.
        HandMade.allocation("A1", "0001", "k1", "AMB", "11111111", "2023-01-01", nil, volume: 10, unit: .hour, frequency: .perMonth),
        // Beta: per day × € 310: 19 days of February (10–28) = € 5.890, 5 days of March = € 1.550.
        HandMade.allocation("B1", "0002", "k2", "S1V", "22222222", "2023-02-10", "2023-03-05"),
        // Beta: 2 hours a week × € 90 × 31 / 7 days in December 2022 = € 797,142857…
        HandMade.allocation("B2", "0002", "k3", "AMB", "11111111", "2022-12-01", "2022-12-31", volume: 2, unit: .hour, frequency: .perWeek),
    ]
    static let monthlyClaims = [
        HandMade.claim("0001", "A1", "2023-01", 1000, received: "2023-02-10"),
        // A credit on January: January nets € 800.
        HandMade.claim("0001", "A1", "2023-01", -200, received: "2023-02-20"),
        HandMade.claim("0001", "A1", "2023-02", 950, received: "2023-03-15"),
        // Received after the delivery date (5 April): not known in the March delivery.
        HandMade.claim("0001", "A1", "2023-03", 1000, received: "2023-04-05"),
        // Received on the delivery date itself: known.
        HandMade.claim("0002", "B1", "2023-02", 5890, received: "2023-03-31"),
        HandMade.claim("0002", "B1", "2023-03", 1550, received: "2023-04-01"),
        HandMade.claim("0002", "B2", "2022-12", 797.14, received: "2023-01-20"),
    ]

    static func monthlyDataset(delivery: Month = Month(year: 2023, month: 3)) throws -> Dataset {
        try HandMade.dataset(allocations: monthlyAllocations, claims: monthlyClaims, delivery: delivery)
    }

    @Test func monthlyAmountsPerMunicipalityAndRegion() throws {
        let t = try Self.monthlyDataset().monthlyAmounts()
        // January 2021 up to the delivery month: 24 + 3 months.
        #expect(t.months.count == 27)
        #expect(t.months.first == Month(year: 2021, month: 1))
        #expect(t.months.last == Month(year: 2023, month: 3))
        func index(_ m: String) throws -> Int { try #require(t.months.firstIndex(of: Month(m)!)) }
        let dec = try index("2022-12"), jan = try index("2023-01"), feb = try index("2023-02"), mar = try index("2023-03")

        // December 2022: only B2 in Beta.
        #expect(t.beschikt[dec][0] == 0)
        #expect(abs(t.beschikt[dec][1] - 2 * 90 * 31 / 7.0) < 1e-9)
        #expect(t.declaredCents[dec] == [0, 79_714])
        // January: € 1.000 beschikt in Alpha; € 1.000 claimed less the € 200 credit.
        #expect(t.beschikt[jan] == [1000, 0])
        #expect(t.declaredCents[jan] == [80_000, 0])
        #expect(t.regionDeclaredCents(jan) == 80_000)
        // February: Alpha € 1.000 / € 950; Beta € 5.890 / € 5.890 (received on 31 March, the delivery date).
        #expect(t.beschikt[feb] == [1000, 5890])
        #expect(t.declaredCents[feb] == [95_000, 589_000])
        #expect(t.regionBeschikt(feb) == 6890)
        #expect(t.regionDeclaredCents(feb) == 684_000)
        // March: beschikt € 1.000 and € 1.550; both claims arrived in April, after the delivery date.
        #expect(t.beschikt[mar] == [1000, 1550])
        #expect(t.declaredCents[mar] == [0, 0])
        #expect(t.regionBeschikt(mar) == 2550)
        // Nothing in 2021.
        #expect(t.months.indices.filter { t.months[$0].year == 2021 }.allSatisfy { t.regionBeschikt($0) == 0 && t.regionDeclaredCents($0) == 0 })
    }

    @Test func aLaterDeliveryKnowsTheLateClaims() throws {
        let t = try Self.monthlyDataset(delivery: Month(year: 2023, month: 4)).monthlyAmounts()
        let mar = try #require(t.months.firstIndex(of: Month(year: 2023, month: 3)))
        let apr = try #require(t.months.firstIndex(of: Month(year: 2023, month: 4)))
        #expect(t.declaredCents[mar] == [100_000, 155_000])
        // A1 is open: now clipped at 30 April, a full month.
        #expect(t.beschikt[apr] == [1000, 0])
        #expect(t.declaredCents[apr] == [0, 0])
    }

    @Test func aTotalForThePeriodRunningPastTheDeliveryDate() throws {
        // Frequentie 6: 61 hours over 1 March – 30 April 2023 (T = 61 days) at € 100: € 100 a day.
        // The March delivery knows 31 of those days: € 3.100, not the whole € 6.100.
        let a = HandMade.allocation("T1", "0001", "k9", "AMB", "11111111", "2023-03-01", "2023-04-30",
                                    volume: 61, unit: .hour, frequency: .totalInPeriod)
        for delivery in [Month(year: 2023, month: 3), Month(year: 2023, month: 4)] {
            let t = try HandMade.dataset(allocations: [a], claims: [], delivery: delivery).monthlyAmounts()
            let mar = try #require(t.months.firstIndex(of: Month(year: 2023, month: 3)))
            #expect(abs(t.beschikt[mar][0] - 3100) < 1e-9, "delivery \(delivery)")
            #expect(abs(t.beschikt.map { $0[0] }.reduce(0, +) - (delivery.number == 3 ? 3100 : 6100)) < 1e-9, "delivery \(delivery)")
        }
    }

    @Test func monthlyReportTidyRowsMatchTheTable() throws {
        let d = try Self.monthlyDataset()
        let r = ReportCatalog.definition(try #require(ReportName(rawValue: "costs-monthly"))).build(d)
        #expect(r.tidy.columns == ["maand", "gemeentecode", "gemeente", "beschikt", "gedeclareerd", "compleet", "verwacht"])
        // Two municipalities and the region, every month.
        #expect(r.tidy.rows.count == 3 * 27)
        let febRegion = try #require(r.tidy.rows.first { $0[0] == .text("2023-02") && $0[1] == .text("regio") })
        #expect(febRegion[3].numericValue == 6890)
        #expect(febRegion[4].numericValue == 6840)
        let janAlpha = try #require(r.tidy.rows.first { $0[0] == .text("2023-01") && $0[1] == .text("0001") })
        #expect(janAlpha[4].numericValue == 800)
    }

    // MARK: Cost per client

    /// Delivery of December 2022. Tariffs do not matter: costs are what was claimed.
    static let perClientAllocations = [
        // c1: S1-verblijf in January, then an ambulant product.
        HandMade.allocation("1", "0001", "c1", "S1V", "22222222", "2022-01-01", "2022-01-31"),
        HandMade.allocation("2", "0001", "c1", "AMB", "11111111", "2022-02-01", "2022-03-31", unit: .hour, frequency: .perWeek),
        // c2: segment 2 (pleegzorg) only.
        HandMade.allocation("3", "0002", "c2", "PZ", "11111111", "2022-03-01", "2022-03-31"),
        // c3: ordinary youth care, open since December 2021.
        HandMade.allocation("4", "0002", "c3", "AMB", "11111111", "2021-12-01", nil, unit: .hour, frequency: .perWeek),
        // c4: only in 2021.
        HandMade.allocation("5", "0001", "c4", "AMB", "11111111", "2021-01-01", "2021-12-31", unit: .hour, frequency: .perWeek),
    ]
    static let perClientClaims = [
        HandMade.claim("0001", "1", "2022-01", 9000, received: "2022-02-10"),
        HandMade.claim("0001", "2", "2022-02", 500, received: "2022-03-10"),
        HandMade.claim("0002", "3", "2022-03", 1200, received: "2022-04-10"),
        HandMade.claim("0002", "4", "2022-05", 800, received: "2022-06-10"),
        // Care month 2021: not a 2022 cost.
        HandMade.claim("0002", "4", "2021-12", 100, received: "2022-01-10"),
        HandMade.claim("0001", "5", "2021-12", 50, received: "2022-01-05"),
        // Received after the delivery date (31 December 2022).
        HandMade.claim("0002", "4", "2022-12", 300, received: "2023-01-10"),
    ]

    static func perClient(year: Int, delivery: Month = Month(year: 2022, month: 12)) throws -> [CostPerClient.Group: CostPerClient] {
        let d = try HandMade.dataset(allocations: perClientAllocations, claims: perClientClaims, delivery: delivery)
        let groups = d.costPerClient(year: year)
        #expect(groups.map(\.group) == CostPerClient.Group.allCases)
        return Dictionary(uniqueKeysWithValues: groups.map { ($0.group, $0) })
    }

    @Test func costPerClientGroups() throws {
        let g = try Self.perClient(year: 2022)
        // All: c1, c2, c3 (c4 ended in 2021); € 9.000 + 500 + 1.200 + 800 = € 11.500.
        #expect(g[.all]?.clients == 3)
        #expect(g[.all]?.costs == 11_500)
        #expect(abs((g[.all]?.perClient ?? 0) - 11_500 / 3.0) < 1e-9)
        // S1-verblijf: c1 with the € 9.000 of the S1V product only.
        #expect(g[.s1Residential]?.clients == 1)
        #expect(g[.s1Residential]?.costs == 9000)
        // Segment 2: c2, € 1.200.
        #expect(g[.segment2]?.clients == 1)
        #expect(g[.segment2]?.perClient == 1200)
        // Overig: the costs of the non-residential products (c1's € 500 and c3's € 800) over the
        // clients in neither residence group (c3 only): € 1.300 for one client.
        #expect(g[.other]?.clients == 1)
        #expect(g[.other]?.costs == 1300)
        #expect(g[.other]?.perClient == 1300)
    }

    @Test func costPerClientCountsClaimsKnownOnTheDeliveryDate() throws {
        // A month later the € 300 for December 2022 has arrived.
        let g = try Self.perClient(year: 2022, delivery: Month(year: 2023, month: 1))
        #expect(g[.all]?.costs == 11_800)
        #expect(g[.other]?.costs == 1600)
    }

    @Test func costPerClientWithoutClientsInAGroup() throws {
        let g = try Self.perClient(year: 2021)
        // 2021: c3 (from December) and c4; € 100 + € 50 claimed for December 2021.
        #expect(g[.all]?.clients == 2)
        #expect(g[.all]?.costs == 150)
        #expect(g[.s1Residential]?.clients == 0)
        #expect(g[.s1Residential]?.perClient == nil)
        #expect(g[.other]?.clients == 2)
        #expect(g[.other]?.perClient == 75)
    }

    // MARK: Annual accounts

    static func accountsDataset() throws -> Dataset {
        var reference = HandMade.reference
        reference.annualAccounts = [
            AnnualAccount(municipality: "0001", year: 2021, careCosts: 1_000_000),
            AnnualAccount(municipality: "0002", year: 2021, careCosts: 2_000_000),
            AnnualAccount(municipality: "0001", year: 2022, careCosts: 1_100_000),
            // Beta has not delivered 2022.
            AnnualAccount(municipality: "0001", year: 2023, careCosts: 1_210_000),
            AnnualAccount(municipality: "0002", year: 2023, careCosts: 2_400_000),
            // Not a municipality of the region: ignored.
            AnnualAccount(municipality: "9999", year: 2023, careCosts: 5),
        ]
        return try HandMade.dataset(reference: reference)
    }

    @Test func annualCostsWithAMissingMunicipalityYear() throws {
        let t = try Self.accountsDataset().annualCosts()
        #expect(t.years == [2021, 2022, 2023])
        #expect(t.costs[0] == [1_000_000, 2_000_000])
        #expect(t.costs[1] == [1_100_000, nil])
        #expect(t.costs[2] == [1_210_000, 2_400_000])
        #expect(t.region(0) == 3_000_000)
        // A region total needs every municipality.
        #expect(t.region(1) == nil)
        #expect(t.region(2) == 3_610_000)
    }

    @Test func annualReportLeavesOutWhatCannotBeComputed() throws {
        let r = ReportCatalog.definition(try #require(ReportName(rawValue: "costs-annual"))).build(try Self.accountsDataset())
        let csv = r.rendered(as: .csv).split(separator: "\n").map(String.init)
        #expect(csv == [
            "jaar,gemeentecode,gemeente,zorgkosten,ontwikkeling",
            "2021,0001,Alpha,1000000.00,",
            "2021,0002,Beta,2000000.00,",
            "2021,regio,Totaal Een10vdJ,3000000.00,",
            // 1.100.000 / 1.000.000 − 1; no Beta and so no region in 2022.
            "2022,0001,Alpha,1100000.00,0.1",
            "2023,0001,Alpha,1210000.00,0.1",
            // No 2022 to compare with.
            "2023,0002,Beta,2400000.00,",
            "2023,regio,Totaal Een10vdJ,3610000.00,",
        ])
        #expect(r.layout[0].rows.map(\.label) == ["2021", "2023"])
        #expect(r.layout[0].rows[1].values[1] == .empty)
        let perMunicipality = r.layout[1]
        #expect(perMunicipality.rows.map(\.label) == ["2022 versus 2021", "2023 versus 2022"])
        #expect(perMunicipality.rows.map { $0.values.map(PeopleText.string) } == [["10%", ""], ["10%", ""]])
    }
}
