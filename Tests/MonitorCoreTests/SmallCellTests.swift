import Testing
@testable import MonitorCore

/// Contract §7.10 on a hand-made delivery of December 2023 (horizon 2023-12-31), year 2023.
/// Every allocation is € 100 a month (eenheid 83, frequentie 4) from 1 January 2023, open:
/// - Contract BV (contracted for AMB): c1…c5 in Alpha — 5 clients, 5 allocations, beschikt
///   € 6.000, gedeclareerd € 100, maatwerk 0;
/// - Zonder Contract BV (no contract): c6, c7 in Beta and c8 in Alpha — 3 clients, 3 maatwerk
///   allocations, beschikt € 3.600, gedeclareerd € 100;
/// - jeugdigen in zorg 2023: Alpha 6, Beta 2, the region 8; 2022: nobody (0).
/// Jeugdigen (inwoners.csv): Alpha 1.000, Beta 500.
@Suite struct SmallCellTests {
    let d: Dataset
    static let contracted = "11111111", uncontracted = "22222222"

    init() throws {
        var reference = HandMade.reference
        reference.inhabitants = [2022, 2023].flatMap { year in
            [Inhabitants(municipality: "0001", year: year, youths: 1000, total: 4000), Inhabitants(municipality: "0002", year: year, youths: 500, total: 2000)]
        }
        func amb(_ n: String, _ municipality: String, _ client: String, _ provider: String) -> Allocation {
            HandMade.allocation(n, municipality, client, "AMB", provider, "2023-01-01", nil, volume: 100, unit: .euros, frequency: .perMonth)
        }
        let allocations = (1...5).map { amb("A\($0)", "0001", "c\($0)", Self.contracted) }
            + [amb("B6", "0002", "c6", Self.uncontracted), amb("B7", "0002", "c7", Self.uncontracted), amb("A8", "0001", "c8", Self.uncontracted)]
        let claims = [
            HandMade.claim("0001", "A1", "2023-01", 100, received: "2023-02-10"),
            HandMade.claim("0002", "B6", "2023-01", 100, received: "2023-02-10"),
        ]
        d = try HandMade.dataset(reference: reference, allocations: allocations, claims: claims, delivery: Month(year: 2023, month: 12))
    }

    func report(_ name: ReportName, _ options: ReportOptions = ReportOptions(), protect: Bool = true) -> Report {
        var o = options
        o.protectSmallCells = protect
        return ReportCatalog.build(ReportRequest(name, o), d)
    }

    func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    @Test func providersHideTheCountsAmountsAndSharesOfThreeClients() {
        let csv = lines(report(.providers, ReportOptions(year: 2023)).rendered(as: .csv))
        #expect(csv == [
            "jaar,agb,aanbieder,clienten,toewijzingen,gemeenten,producten,beschikt,gedeclareerd,verzilvering,maatwerk,afgeschermd",
            // 5 clients stay, maatwerk 0 stays 0; verzilvering 100 / 6.000.
            "2023,11111111,Contract BV,5,5,1,1,6000.00,100.00,0.0167,0,nee",
            // 3 clients: their count, allocations, amounts, verzilvering and 3 maatwerk withheld;
            // municipalities and products are not people.
            "2023,22222222,Zonder Contract BV,,,2,1,,,,,ja",
            // The region's 8 clients show; its 3 maatwerk allocations do not.
            "2023,regio,Totaal Een10vdJ,8,8,2,1,9600.00,200.00,0.0208,,ja",
        ])
        let json = report(.providers, ReportOptions(year: 2023)).rendered(as: .json)
        #expect(json.contains("\"agb\": \"22222222\", \"aanbieder\": \"Zonder Contract BV\", \"clienten\": null, \"toewijzingen\": null, \"gemeenten\": 2, \"producten\": 1, "
                              + "\"beschikt\": null, \"gedeclareerd\": null, \"verzilvering\": null, \"maatwerk\": null, \"afgeschermd\": \"ja\"}"))
        let csvNL = lines(report(.providers, ReportOptions(year: 2023)).rendered(as: .csvNL))
        #expect(csvNL[2] == "2023;22222222;Zonder Contract BV;;;2;1;;;;;ja")
    }

    @Test func peopleReadLessThanFiveWhereScriptsGetAnEmptyCell() throws {
        let text = lines(report(.providers, ReportOptions(year: 2023)).rendered(as: .text))
        let small = try #require(text.first { $0.hasPrefix("Zonder Contract BV") })
        // Cliënten, toewijzingen, beschikt, gedeclareerd, verzilvering, maatwerk; no trajecten ended, so uitval and the rest stay empty.
        #expect(small.split(separator: " ").filter { $0 == "<5" }.count == 6)
        let large = try #require(text.first { $0.hasPrefix("Contract BV") })
        #expect(!large.contains("<5") && large.contains("€ 6.000") && large.contains("€ 100"))
        let markdown = report(.providers, ReportOptions(year: 2023)).rendered(as: .markdown)
        #expect(markdown.contains("| Zonder Contract BV | <5 | <5 | <5 | <5 | <5 | <5 |"))
        // Without --afschermen nothing changes: the 3 is there and there is no extra column.
        let plain = report(.providers, ReportOptions(year: 2023), protect: false)
        #expect(!plain.rendered(as: .text).contains("<5"))
        #expect(plain.tidy.columns.last == "maatwerk")
        #expect(lines(plain.rendered(as: .csv))[2] == "2023,22222222,Zonder Contract BV,3,3,2,1,3600.00,100.00,0.0278,3")
    }

    @Test func aFigurePerThousandOfTwoYouthsIsHidden() throws {
        let r = report(.inCare, ReportOptions(measure: .perThousandYouths))
        let text = lines(r.rendered(as: .text))
        // 2023: Alpha 6 of 1.000 → 6,0; Beta 2 of 500 → 4,0 but from a count of 2; region 8 of 1.500 → 5,3.
        let y2023 = try #require(text.first { $0.hasPrefix("2023") })
        #expect(y2023.split(separator: " ") == ["2023", "6,0", "<5", "5,3"])
        // 2022: nobody in care: 0 stays 0.
        let y2022 = try #require(text.first { $0.hasPrefix("2022") })
        #expect(y2022.split(separator: " ") == ["2022", "0,0", "0,0", "0,0"])
        // The tidy rows hold the counts themselves.
        #expect(lines(r.rendered(as: .csv)) == [
            "jaar,gemeentecode,gemeente,jeugdigen,afgeschermd",
            "2022,0001,Alpha,0,nee", "2022,0002,Beta,0,nee", "2022,regio,Totaal Een10vdJ,0,nee",
            "2023,0001,Alpha,6,nee", "2023,0002,Beta,,ja", "2023,regio,Totaal Een10vdJ,8,nee",
        ])
    }

    @Test func aMunicipalityOfTwoYouthsInCareHidesEveryFigureOfThem() {
        let csv = lines(report(.municipalities).rendered(as: .csv))
        // Beta 2023: 2 in care (per 1.000: 4), € 100 gedeclareerd over them, € 50 each: all withheld;
        // the region's figure per 1.000 (8 / 1.500 × 1.000) stays.
        #expect(csv.contains("2023,0002,Beta,jeugdigen_in_zorg,,,5.3333,,,ja"))
        #expect(csv.contains("2023,0002,Beta,gedeclareerd,,,0.1333,,,ja"))
        #expect(csv.contains("2023,0002,Beta,kosten_per_client,,,25.0000,,,ja"))
        // Alpha's 6 show: 6 per 1.000, index 100 × 6 / 5,3333 = 112,5.
        #expect(csv.contains("2023,0001,Alpha,jeugdigen_in_zorg,6.0,6.0000,5.3333,112.5,,nee"))
        // The matrix people read: Beta's row is <5 where it rests on its 2 youths.
        let matrix = report(.municipalities, ReportOptions(year: 2023)).layout[0]
        let beta = matrix.rows.first { $0.key == "0002" }
        #expect(beta?.values[0] == .text("<5"))
        #expect(beta?.values[4] == .text("<5"))
    }

    @Test func aReportWithoutCountsOfPeopleOnlyGetsTheExtraColumn() {
        let plain = report(.costsMonthly, protect: false), protected = report(.costsMonthly)
        #expect(protected.tidy.columns == plain.tidy.columns + ["afgeschermd"])
        #expect(protected.tidy.rows.count == plain.tidy.rows.count && !plain.tidy.rows.isEmpty)
        #expect(zip(protected.tidy.rows, plain.tidy.rows).allSatisfy { $0 == $1 + [.text("nee")] })
        #expect(protected.rendered(as: .text) == plain.rendered(as: .text))
    }

    @Test func theBriefWithholdsTheSameFigures() {
        let y = d.providerYear(2023)
        let v = d.providerIndex[Self.uncontracted]!
        let months = d.providerMonths(provider: v, lag: d.regionLagModel())
        let text = ProviderBrief(d, y, provider: v, months: months, protectSmallCells: true).rendered(as: .text)
        let facts = lines(text).filter { $0.hasPrefix("Cliënten") || $0.hasPrefix("Beschikt") || $0.hasPrefix("Maatwerk") }
        #expect(facts.count == 3 && facts.allSatisfy { $0.hasSuffix("<5") })
        #expect(text.contains(SmallCells.note))
        let plain = ProviderBrief(d, y, provider: v, months: months).rendered(as: .text)
        #expect(!plain.contains("<5") && lines(plain).contains { $0.hasPrefix("Cliënten") && $0.hasSuffix(" 3") })
    }

    @Test func aCellThatIsNotAboutPeopleIsNeverWithheld() {
        // A derived figure follows its count through a chain (index from a share from a count);
        // a column without a role stays, whatever its number.
        let roles: [Int: CellRole] = [0: .count, 1: .from(0), 2: .from(1)]
        #expect(SmallCells.hidden([.count(4), .fraction(0.1, decimals: 0), .number(80, decimals: 0), .count(2)], roles: roles, bases: [:]) == [0, 1, 2])
        #expect(SmallCells.hidden([.count(5), .fraction(0.1, decimals: 0), .number(80, decimals: 0), .count(2)], roles: roles, bases: [:]).isEmpty)
        #expect(SmallCells.hidden([.count(0), .empty, .empty], roles: roles, bases: [:]).isEmpty)
        // Given bases decide for their cell: a median of 3 trajecten the table does not show.
        #expect(SmallCells.hidden([.number(120, decimals: 0)], roles: [:], bases: [0: [3]]) == [0])
    }
}
