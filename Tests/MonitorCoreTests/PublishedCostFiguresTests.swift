import Testing
@testable import MonitorCore

/// Section D (zorgkosten from the annual accounts) and the cost figures of section E
/// (average cost per client, 2022) of shared/spec/published-figures.md, from the bundled data.
@Suite struct PublishedCostFiguresTests {
    static let names = PublishedFiguresTests.names

    // D. Totaal zorgkosten: amounts are listed, so they match to the euro.
    @Test(arguments: [(2021, 92_000_000.0), (2022, 86_934_000.0), (2023, 94_631_000.0)])
    func regionTotals(year: Int, total: Double) throws {
        let t = try Bundled.dataset().annualCosts()
        let yi = try #require(t.years.firstIndex(of: year))
        let region = try #require(t.region(yi), "a municipality lacks \(year)")
        #expect(region.rounded() == total)
    }

    @Test func developmentAsTheReportShowsIt() throws {
        let report = ReportCatalog.definition(try #require(ReportName(rawValue: "costs-annual"))).build(try Bundled.dataset())
        let totals = report.layout[0]
        func shown(_ year: String) throws -> [String] {
            try #require(totals.rows.first { $0.label == year }).values.map(PeopleText.string)
        }
        #expect(try shown("2021")[0] == "€ 92.000.000")
        #expect(try shown("2021")[1] == "")
        #expect(try shown("2022")[0...1] == ["€ 86.934.000", "-5,51%"])
        #expect(try shown("2023")[0...1] == ["€ 94.631.000", "8,9%"])
        // The text layout itself.
        let text = report.rendered(as: .text)
        #expect(text.contains("-5,51%"))
        #expect(text.contains("8,9%"))
    }

    @Test func developmentInTheTidyCsv() throws {
        let csv = ReportCatalog.definition(try #require(ReportName(rawValue: "costs-annual"))).build(try Bundled.dataset()).rendered(as: .csv)
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines.first == "jaar,gemeentecode,gemeente,zorgkosten,ontwikkeling")
        #expect(lines.contains("2021,regio,Totaal Een10vdJ,92000000.00,"))
        // 86.934.000 / 92.000.000 − 1 = −0,055065…; 94.631.000 / 86.934.000 − 1 = 0,088538…
        #expect(lines.contains("2022,regio,Totaal Een10vdJ,86934000.00,-0.0551"))
        #expect(lines.contains("2023,regio,Totaal Een10vdJ,94631000.00,0.0885"))
    }

    // D. Ontwikkeling per gemeente, as the report's second table rounds it to whole percents.
    @Test(arguments: [
        ("2022 versus 2021", ["-15%", "-19%", "6%", "-9%", "-9%", "6%", "-12%", "2%", "12%", "-5%", "6%"]),
        ("2023 versus 2022", ["29%", "-3%", "16%", "11%", "-4%", "17%", "12%", "12%", "40%", "13%", "12%"]),
    ])
    func developmentPerMunicipality(label: String, expected: [String]) throws {
        let d = try Bundled.dataset()
        let table = ReportCatalog.definition(try #require(ReportName(rawValue: "costs-annual"))).build(d).layout[1]
        #expect(table.columns == Self.names)
        let row = try #require(table.rows.first { $0.label == label })
        #expect(row.values.map(PeopleText.string) == expected)
        // The same from annualCosts() directly, per municipality by name.
        let t = d.annualCosts()
        let year = Int(label.prefix(4))!
        let now = try #require(t.years.firstIndex(of: year)), before = try #require(t.years.firstIndex(of: year - 1))
        for (name, shown) in zip(Self.names, expected) {
            let m = try Bundled.municipality(d, name)
            let change = try #require(t.costs[now][m]) / (try #require(t.costs[before][m])) - 1
            #expect(Int((change * 100).rounded()) == Int(shown.dropLast())!, "\(name) \(label)")
        }
    }

    // E. Average cost per client per year in 2022: "ca." figures within ±3 %.
    @Test(arguments: [
        (CostPerClient.Group.all, 8_100.0), (.s1Residential, 57_000.0), (.segment2, 21_000.0), (.other, 6_600.0),
    ])
    func costPerClient2022(group: CostPerClient.Group, published: Double) throws {
        let figures = try Bundled.dataset().costPerClient(year: 2022)
        let g = try #require(figures.first { $0.group == group })
        let perClient = try #require(g.perClient)
        #expect(abs(perClient / published - 1) <= 0.03, "\(group.label): € \(perClient) against ca. € \(published)")
    }

    @Test func sharesOfClientsAndCosts2022() throws {
        let figures = try Bundled.dataset().costPerClient(year: 2022)
        func group(_ g: CostPerClient.Group) throws -> CostPerClient { try #require(figures.first { $0.group == g }) }
        let all = try group(.all), s1 = try group(.s1Residential), s2 = try group(.segment2), other = try group(.other)
        // The groups add up: every euro in exactly one of S1, S2 and overig.
        #expect(abs(s1.costs + s2.costs + other.costs - all.costs) < 0.01)
        // "23% of the costs went to verblijf/wonen".
        #expect(Int(((s1.costs + s2.costs) / all.costs * 100).rounded()) == 23)
        // "Segment 2 is ca. 4% of clients and ca. 10% of costs."
        #expect(Int((Double(s2.clients) / Double(all.clients) * 100).rounded()) == 4)
        #expect(Int((s2.costs / all.costs * 100).rounded()) == 10)
        // "About 1/3 in segment 1 verblijf and 2/3 in segment 2" of the clients who could not live at home.
        let s1Share = Double(s1.clients) / Double(s1.clients + s2.clients)
        #expect((0.28...0.38).contains(s1Share))
    }

    @Test func costPerClientReportShowsTheResidentialShare() throws {
        let report = ReportCatalog.definition(try #require(ReportName(rawValue: "cost-per-client"))).build(try Bundled.dataset())
        let row = try #require(report.layout[0].rows.first { $0.label == "2022 aandeel verblijf/wonen in de kosten" })
        #expect(PeopleText.string(row.values[3]) == "23%")
        #expect(report.tidy.columns == ["jaar", "groep", "clienten", "kosten", "per_client"])
    }
}
