import Testing
@testable import MonitorCore

/// Section E of shared/spec/published-figures.md (the segment 2 factsheet, Bijlage 5),
/// computed from the raw rows of the bundled delivery.
@Suite struct PublishedSegment2FiguresTests {
    static let april2023 = Month(year: 2023, month: 4)
    /// Pleegzorg, gezinshuis, woongroep, begeleiding naar zelfstandig wonen: the factsheet's column order.
    static let codes = ["43A09", "43A10", "43A14", "43B99"]

    static func product(_ d: Dataset, _ code: String) throws -> Int {
        try #require(d.productIndex[code], "no product \(code)")
    }

    static func percent(_ fraction: Double?, _ decimals: Int) -> String {
        fraction.map { DutchNumber.percent($0, decimals: decimals) } ?? "–"
    }

    // "Unique clients with a segment 2 allocation in the first half year: 2021: 331, 2022: 338, 2023: 301."
    @Test func firstHalfYears() throws {
        let years = try Bundled.dataset().segment2FirstHalfYears()
        let byYear = Dictionary(uniqueKeysWithValues: years.map { ($0.year, $0.clients) })
        #expect(byYear[2021] == 331)
        #expect(byYear[2022] == 338)
        #expect(byYear[2023] == 301)
    }

    // The first half of 2023 by subregion.
    @Test(arguments: [
        ("Dommelvallei+", 61, 2239, 20299, "2,7%", "0,30%", "0,06%"),
        ("Helmond", 126, 2065, 19325, "6,1%", "0,65%", "0,13%"),
        ("Peelgemeenten", 69, 2045, 24502, "3,4%", "0,28%", "0,06%"),
        ("Veldhoven", 45, 1032, 9012, "4,4%", "0,50%", "0,10%"),
    ])
    func subregionsFirstHalf2023(name: String, s2: Int, youthCare: Int, youths: Int,
                                 ofYouthCare: String, ofYouths: String, ofInhabitants: String) throws {
        let d = try Bundled.dataset()
        let a = try #require(d.segment2Areas(.firstHalf(of: 2023)).first { $0.kind == .subregion && $0.name == name })
        #expect(a.segment2Clients == s2)
        #expect(a.youthCareClients == youthCare)
        #expect(a.youths == youths)
        #expect(Self.percent(a.shareOfYouthCare, 1) == ofYouthCare)
        #expect(Self.percent(a.shareOfYouths, 2) == ofYouths)
        // S2 against all inhabitants on 1 January 2023 (inwoners.csv), summed over the subregion.
        let codes = Set(d.municipalities.filter { $0.subregion == name }.map(\.code))
        let inhabitants = d.reference.inhabitants.filter { codes.contains($0.municipality) && $0.year == 2023 }
        #expect(inhabitants.count == codes.count)
        let total = inhabitants.map(\.total).reduce(0, +)
        #expect(Self.percent(Double(s2) / Double(total), 2) == ofInhabitants)
    }

    @Test func regionFirstHalf2023() throws {
        let areas = try Bundled.dataset().segment2Areas(.firstHalf(of: 2023))
        #expect(areas.filter { $0.kind == .subregion }.map(\.name) == ["Dommelvallei+", "Helmond", "Peelgemeenten", "Veldhoven"])
        let region = try #require(areas.last)
        #expect(region.kind == .region)
        #expect(region.segment2Clients == 301)
        #expect(region.youthCareClients == 7381)
        #expect(region.youths == 73138)
        #expect(Self.percent(region.shareOfYouthCare, 1) == "4,1%")
        #expect(Self.percent(region.shareOfYouths, 2) == "0,41%")
    }

    // Per product, peilmaand April 2023.
    @Test(arguments: [
        ("43A09", 212, 5, (198, 4), (14, 3), "100,00%", 266_652, 1_258, 2...12),
        ("43A10", 44, 10, (30, 8), (14, 10), "95,79%", 196_462, 4_465, 1...110),
        ("43A14", 17, 6, (9, 5), (8, 6), "96,10%", 78_584, 4_623, 0...40),
        ("43B99", 1, 5, (1, 1), (0, 0), "96,90%", 2_580, 2_580, 1...40),
    ])
    func productsApril2023(code: String, clients: Int, contracted: Int, atContracted: (Int, Int), atOther: (Int, Int),
                           realisation2022: String, beschikt: Int, average: Int, waiting: ClosedRange<Int>) throws {
        let d = try Bundled.dataset()
        let f = d.segment2Figures(product: try Self.product(d, code), month: Self.april2023)
        #expect(f.clients == clients)
        #expect(f.contractedProviders == contracted)
        #expect(f.clientsAtContracted == atContracted.0)
        #expect(f.contractedProvidersInUse == atContracted.1)
        #expect(f.clientsAtNonContracted == atOther.0)
        #expect(f.nonContractedProviders == atOther.1)
        #expect(Self.percent(f.previousYearRealisation, 2) == realisation2022)
        #expect(Int(f.beschikt.rounded()) == beschikt)
        #expect(f.averagePerClient.map { Int($0.rounded()) } == average)
        #expect(f.waitingWeeks == waiting)
    }

    // Referrers in April 2023: clients and shares (one decimal; 86 of 212 is 40,6 %, which the
    // source prints as 41 %). The client the source gives as RvdK has the judicial referrer 08.
    @Test(arguments: [
        ("43A09", [("onbekend", 86, "40,6%"), ("GI", 64, "30,2%"), ("gemeente", 61, "28,8%"), (Referrer.judicial.label, 1, "0,5%")]),
        ("43A10", [("GI", 20, "45,5%"), ("gemeente", 12, "27,3%"), ("onbekend", 12, "27,3%")]),
        ("43A14", [("onbekend", 9, "52,9%"), ("gemeente", 6, "35,3%"), ("GI", 2, "11,8%")]),
        ("43B99", [("onbekend", 1, "100,0%")]),
    ])
    func referrersApril2023(code: String, expected: [(String, Int, String)]) throws {
        let d = try Bundled.dataset()
        let shares = d.referrerShares(product: try Self.product(d, code), month: Self.april2023)
        #expect(shares.map(\.label) == expected.map(\.0))
        #expect(shares.map(\.clients) == expected.map(\.1))
        #expect(shares.map { DutchNumber.percent($0.share, decimals: 1) } == expected.map(\.2))
        if code == "43A09" { #expect(shares.last?.referrer == .judicial) }
    }

    @Test func productsAreTheFourOfTheFactsheet() throws {
        let d = try Bundled.dataset()
        #expect(d.segment2Products.map { d.products[$0].code } == Self.codes)
    }

    // Trend since 2021 (last paragraph of section E).
    @Test func woongroepIsNewIn2022() throws {
        let d = try Bundled.dataset()
        let t = d.residentialMonthly()
        let slot = try #require(t.productCodes.firstIndex(of: "43A14"))
        for (i, m) in t.months.enumerated() where m.year == 2021 {
            #expect(t.byProduct[slot][i] == 0, "woongroep in \(m)")
        }
        let january2022 = try #require(t.months.firstIndex(of: Month(year: 2022, month: 1)))
        #expect(t.byProduct[slot][january2022] > 0)
    }

    @Test func outOfHomePlacementsFallFromJanuary2022ToJune2023InBothSegments() throws {
        let t = try Bundled.dataset().residentialMonthly()
        let from = try #require(t.months.firstIndex(of: Month(year: 2022, month: 1)))
        let to = try #require(t.months.firstIndex(of: Month(year: 2023, month: 6)))
        #expect(t.segment1[to] < t.segment1[from])
        #expect(t.segment2[to] < t.segment2[from])
        #expect(t.total[to] < t.total[from])
    }

    /// Average monthly client count of a product over the months of `year` up to `through`.
    static func average(_ t: ResidentialMonthlyTable, _ code: String, year: Int, through lastMonth: Int = 12) throws -> Double {
        let slot = try #require(t.productCodes.firstIndex(of: code))
        let counts = t.months.indices.filter { t.months[$0].year == year && t.months[$0].number <= lastMonth }.map { t.byProduct[slot][$0] }
        try #require(!counts.isEmpty)
        return Double(counts.reduce(0, +)) / Double(counts.count)
    }

    @Test func pleegzorgAbout10PercentLowerIn2023() throws {
        let t = try Bundled.dataset().residentialMonthly()
        let h1 = try Self.average(t, "43A09", year: 2023, through: 6)
        for year in [2021, 2022] {
            let drop = 1 - h1 / (try Self.average(t, "43A09", year: year))
            #expect((0.08...0.15).contains(drop), "pleegzorg H1 2023 against \(year): \(drop)")
        }
    }

    @Test func gezinshuisBetween2021And2022() throws {
        let t = try Bundled.dataset().residentialMonthly()
        let h1 = try Self.average(t, "43A10", year: 2023, through: 6)
        // "Slightly above 2021 and slightly below 2022."
        #expect(h1 > (try Self.average(t, "43A10", year: 2021)))
        #expect(h1 < (try Self.average(t, "43A10", year: 2022)))
    }

    @Test func begeleidingZelfstandigWonenDownFrom2021() throws {
        let t = try Bundled.dataset().residentialMonthly()
        // "Down from 4–5 clients a month in 2021."
        let y2021 = try Self.average(t, "43B99", year: 2021)
        #expect((3.5...5.5).contains(y2021))
        #expect((try Self.average(t, "43B99", year: 2023, through: 6)) < y2021)
    }

    // The reports behind the factsheet, as `report NAME --month 2023-04` builds them.
    static func build(_ name: String, month: Month? = nil) throws -> Report {
        ReportCatalog.definition(try #require(ReportName(rawValue: name))).build(try Bundled.dataset(), options: ReportOptions(month: month))
    }

    static func header(_ r: Report) -> String { String(r.rendered(as: .csv).prefix { $0 != "\n" }) }

    @Test func segment2ProductsReportForOneMonth() throws {
        let r = try Self.build("segment2-products", month: Self.april2023)
        #expect(Self.header(r) == "maand,productcode,product,clienten,gecontracteerde_aanbieders,clienten_gecontracteerd,aanbieders_gecontracteerd_in_gebruik,clienten_niet_gecontracteerd,aanbieders_niet_gecontracteerd,beschikt,gemiddeld_per_client,verzilvering_vorig_jaar,wachttijd_min_weken,wachttijd_max_weken")
        #expect(r.tidy.rows.count == 4)
        #expect(r.tidy.rows.map { $0[0] } == Array(repeating: .text("2023-04"), count: 4))
        #expect(r.tidy.rows.map { $0[1] } == Self.codes.map { .text($0) })
        #expect(r.tidy.rows.map { $0[3] } == [212, 44, 17, 1].map { .count($0) })
        // The people's table at the same peilmaand.
        let text = r.rendered(as: .text)
        #expect(text.contains("peilmaand april 2023"))
        let wide = r.layout[0]
        let verzilvering = try #require(wide.rows.first { $0.label.hasPrefix("Verzilvering") })
        #expect(verzilvering.label == "Verzilvering 2022")
        #expect(verzilvering.values.map(PeopleText.string) == ["100,00%", "95,79%", "96,10%", "96,90%"])
        let beschikt = try #require(wide.rows.first { $0.label == "Beschikt maandbedrag" })
        #expect(beschikt.values.map(PeopleText.string) == ["€ 266.652", "€ 196.462", "€ 78.584", "€ 2.580"])
        let waiting = try #require(wide.rows.first { $0.label.hasPrefix("Wachttijd") })
        #expect(waiting.values.map(PeopleText.string) == ["2–12 weken", "1–110 weken", "0–40 weken", "1–40 weken"])
    }

    @Test func segment2ReferrersReportColumns() throws {
        let r = try Self.build("segment2-referrers", month: Self.april2023)
        #expect(Self.header(r) == "maand,productcode,verwijzer,clienten,aandeel")
        // 4 + 3 + 3 + 1 referrer rows in April 2023.
        #expect(r.tidy.rows.count == 11)
        let csv = r.rendered(as: .csv)
        #expect(csv.contains("2023-04,43A09,onbekend,86,0.4057"))
    }

    @Test func segment2AreasReportColumns() throws {
        let r = try Self.build("segment2-areas")
        #expect(Self.header(r) == "periode,gebied,type,clienten_s2,clienten_jeugdhulp,jeugdigen,aandeel_jeugdhulp,aandeel_jeugdigen")
        #expect(r.rendered(as: .csv).contains("2023-H1,Totaal,regio,301,7381,73138,"))
    }

    @Test func residentialMonthlyReportStartsIn2021() throws {
        let all = try Self.build("residential-monthly")
        #expect(Self.header(all) == "maand,categorie,clienten")
        #expect(all.tidy.rows.first?[0] == .text("2021-01"))
        let d = try Bundled.dataset()
        // S1-verblijf, S2, totaal and the four products, every month from January 2021 to the delivery.
        #expect(all.tidy.rows.count == 7 * d.months.count)
        #expect(all.tidy.rows.last?[0] == .text(d.delivery.month.description))
        let one = try Self.build("residential-monthly", month: Month(year: 2023, month: 6))
        #expect(one.tidy.rows.count == 7)
        #expect(one.tidy.rows.allSatisfy { $0[0] == .text("2023-06") })
    }
}
