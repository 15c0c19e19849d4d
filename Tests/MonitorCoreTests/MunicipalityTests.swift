import Testing
@testable import MonitorCore

/// Contract §7.1–7.3 on a hand-made delivery of June 2023 (horizon 2023-06-30); years 2022 and 2023.
///
/// Jeugdigen (inwoners.csv): Alpha 0001 2022: 200, 2023: 400; Beta 0002 2022: 250, 2023: 500.
/// Region 2023: 900. P1 = 11111111 (contracted for AMB from 2022-01-01 and PZ from 2022-01-15),
/// P2 = 22222222 (no contracts: every P2 allocation is maatwerk).
///
/// Alpha in 2023:
///   A1 c1 AMB P2 2023-01-01…01-31  maatwerk, traject 31 d
///   A2 c2 AMB P2 2023-01-01…03-31  maatwerk, traject 90 d
///   A3 c3 S1V P2 2023-02-01…04-30  maatwerk, S1, traject 89 d
///   A4 c4 PZ  P2 2023-01-01…open   maatwerk, S2-gezinsnabij, open traject (no duration)
///   A5 c4 WG  P2 2023-03-01…09-30  maatwerk, S2-wonen (c4 counts once in S2), ends after the horizon (no duration)
///   A6 c5 AMB P1 2022-06-01…2023-01-15  contracted, traject 214 + 15 = 229 d (ends in 2023)
///   → in zorg 5 (c1–c5), S1 1, S2 1, maatwerk 5, durations 31, 89, 90, 229 → median 89,5.
/// Beta in 2023:
///   B1 c1 AMB P2 2023-03-01…03-31  maatwerk, traject 31 d (c1 is in Alpha too)
///   B2 c6 AMB P2 2023-01-01…02-28  maatwerk, traject 59 d
///   B3 c7 S1V P2 2023-01-01…open   maatwerk, S1, open
///   B4 c8 WG  P2 2023-04-01…05-31  maatwerk, S2, traject 61 d
///   B5 c9 PZ  P1 2023-01-01…06-30  contracted, S2, traject 181 d (ends on the horizon: counts)
///   B6 c10 AMB P2 2023-01 removed (reden_wijziging 13): exists for no figure
///   B7 c11 CR (category 46) P1 2022-03-01…03-31  only in 2022, maatwerk in 2022
///   → in zorg 5 (c1, c6–c9), S1 1, S2 2, maatwerk 4, durations 31, 59, 61, 181 → median 60.
/// Region 2023: in zorg 9 (c1 once), S1 2, S2 3, maatwerk 9,
///   durations 31, 31, 59, 61, 89, 90, 181, 229 → median (61 + 89) / 2 = 75.
/// Claims (zorgmaand in 2023, received by 2023-06-30): Alpha 100 (A2) + 24 (A6) = 124
///   (A4's € 1.000 is received 2023-07-05: left out; A6's € 50 for 2022-12 counts in 2022);
///   Beta 150 − 49 (B5) = 101 (B6's € 500 is on a removed allocation). Region 225.
@Suite struct MunicipalityTests {
    static let p1 = "11111111", p2 = "22222222"

    static func reference(inhabitants: [Inhabitants]) -> ReferenceData {
        var r = HandMade.reference
        r.inhabitants = inhabitants
        r.products.append(Product(code: "CR", description: "Crisis", category: "46", segment: 5, residence: .none))
        // Never used: its category never shows.
        r.products.append(Product(code: "GS", description: "Gesloten", category: "44", segment: 1, residence: .none))
        return r
    }

    static let ownYears = [
        Inhabitants(municipality: "0001", year: 2022, youths: 200, total: 1000),
        Inhabitants(municipality: "0001", year: 2023, youths: 400, total: 2000),
        Inhabitants(municipality: "0002", year: 2022, youths: 250, total: 1200),
        Inhabitants(municipality: "0002", year: 2023, youths: 500, total: 2400),
    ]

    static let allocations: [Allocation] = [
        HandMade.allocation("A1", "0001", "c1", "AMB", p2, "2023-01-01", "2023-01-31"),
        HandMade.allocation("A2", "0001", "c2", "AMB", p2, "2023-01-01", "2023-03-31"),
        HandMade.allocation("A3", "0001", "c3", "S1V", p2, "2023-02-01", "2023-04-30"),
        HandMade.allocation("A4", "0001", "c4", "PZ", p2, "2023-01-01", nil),
        HandMade.allocation("A5", "0001", "c4", "WG", p2, "2023-03-01", "2023-09-30"),
        HandMade.allocation("A6", "0001", "c5", "AMB", p1, "2022-06-01", "2023-01-15"),
        HandMade.allocation("B1", "0002", "c1", "AMB", p2, "2023-03-01", "2023-03-31"),
        HandMade.allocation("B2", "0002", "c6", "AMB", p2, "2023-01-01", "2023-02-28"),
        HandMade.allocation("B3", "0002", "c7", "S1V", p2, "2023-01-01", nil),
        HandMade.allocation("B4", "0002", "c8", "WG", p2, "2023-04-01", "2023-05-31"),
        HandMade.allocation("B5", "0002", "c9", "PZ", p1, "2023-01-01", "2023-06-30"),
        HandMade.allocation("B6", "0002", "c10", "AMB", p2, "2023-01-01", "2023-01-31", changeReason: "13"),
        HandMade.allocation("B7", "0002", "c11", "CR", p1, "2022-03-01", "2022-03-31", volume: 100, unit: .euros, frequency: .perMonth),
    ]

    static let claims: [Claim] = [
        HandMade.claim("0001", "A2", "2023-02", 100, received: "2023-03-10"),
        HandMade.claim("0001", "A6", "2023-01", 24, received: "2023-02-10"),
        HandMade.claim("0001", "A6", "2022-12", 50, received: "2023-01-10"),
        HandMade.claim("0001", "A4", "2023-06", 1000, received: "2023-07-05"),
        HandMade.claim("0002", "B5", "2023-03", 150, received: "2023-04-10"),
        HandMade.claim("0002", "B5", "2023-03", -49, received: "2023-05-02"),
        HandMade.claim("0002", "B6", "2023-01", 500, received: "2023-02-01"),
        HandMade.claim("0002", "B7", "2022-03", 30, received: "2022-04-15"),
    ]

    static func dataset(inhabitants: [Inhabitants] = ownYears) throws -> Dataset {
        try HandMade.dataset(reference: reference(inhabitants: inhabitants), allocations: allocations, claims: claims,
                             delivery: Month(year: 2023, month: 6))
    }

    static func near(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= tolerance
    }

    static let columns = ["jaar", "gemeentecode", "gemeente", "indicator", "waarde", "genormeerd", "regio_genormeerd", "index", "afwijkend"]

    static func text(_ v: ReportValue) -> String? {
        switch v {
        case .text(let s): s
        case .empty: ""
        case .flagged(let inner, _): text(inner)
        default: nil
        }
    }

    /// The tidy row of a year, gemeentecode and indicator (or productcategorie).
    static func row(_ r: Report, _ year: Int, _ code: String, _ key: String, keyColumn: Int) -> [ReportValue]? {
        let matches = r.tidy.rows.filter { $0[0].numericValue == Double(year) && text($0[1]) == code && text($0[keyColumn]) == key }
        return matches.count == 1 ? matches[0] : nil
    }

    // MARK: §7.1 Afwijkend

    @Test func deviationEdges() {
        #expect(Deviation(index: 125) == .high)
        #expect(Deviation(index: 200) == .high)
        #expect(Deviation(index: 124.9) == nil)
        #expect(Deviation(index: 100) == nil)
        #expect(Deviation(index: 80.1) == nil)
        #expect(Deviation(index: 80) == .low)
        #expect(Deviation(index: 0) == .low)
    }

    // MARK: §7.2 The figures

    @Test func everyIndicatorOfAMunicipalityAndTheRegion() throws {
        let d = try Self.dataset()
        let c = d.municipalityComparison()
        #expect(c.years == [2022, 2023])
        let alpha = try #require(d.municipalityIndex["0001"]), beta = try #require(d.municipalityIndex["0002"])

        // Jeugdigen: each year's own row; the region the sum 400 + 500 = 900.
        #expect(c.youths(year: 2023, municipality: alpha) == NormalisationYouths(youths: 400, isCarriedForward: false))
        #expect(c.youths(year: 2023, municipality: beta) == NormalisationYouths(youths: 500, isCarriedForward: false))
        #expect(c.youths(year: 2023, municipality: nil)?.youths == 900)
        #expect(c.youths(year: 2022, municipality: nil)?.youths == 450)

        // (indicator, Alpha, Beta, Regio) as (waarde, genormeerd, index).
        typealias F = (value: Double, normalised: Double, index: Double)
        let expected: [(Indicator, F, F, F)] = [
            // 5 / 400 × 1000 = 12,5; 5 / 500 × 1000 = 10; region 9 (c1 once) / 900 × 1000 = 10.
            (.inCare, (5, 12.5, 125), (5, 10, 100), (9, 10, 100)),
            // 1 → 2,5; 1 → 2; region 2 → 2,222…: index 112,5 and 90.
            (.s1Residential, (1, 2.5, 112.5), (1, 2, 90), (2, 2000.0 / 900, 100)),
            // Alpha's c4 in PZ and WG counts once: 1 → 2,5; Beta 2 → 4; region 3 → 3,333…: index 75 and 120.
            (.s2Residential, (1, 2.5, 75), (2, 4, 120), (3, 3000.0 / 900, 100)),
            // 5 → 12,5; 4 → 8; region 9 → 10: index exactly 125 and 80.
            (.customArrangements, (5, 12.5, 125), (4, 8, 80), (9, 10, 100)),
            // € 124 / 400 = 0,31; € 101 / 500 = 0,202; region € 225 / 900 = 0,25: index 124 and 80,8.
            (.declared, (124, 0.31, 124), (101, 0.202, 80.8), (225, 0.25, 100)),
            // 124 / 5 = 24,8; 101 / 5 = 20,2; region 225 / 9 = 25 (not a mean of the two): index 99,2 and 80,8.
            (.costPerClient, (24.8, 24.8, 99.2), (20.2, 20.2, 80.8), (25, 25, 100)),
            // Medians 89,5; 60; region 75: index 119,33… and 80.
            (.medianDuration, (89.5, 89.5, 89.5 / 75 * 100), (60, 60, 80), (75, 75, 100)),
        ]
        for (indicator, a, b, r) in expected {
            for (m, e) in [(alpha as Int?, a), (beta, b), (nil, r)] {
                let f = try #require(c.figure(year: 2023, indicator, municipality: m), "\(indicator) \(String(describing: m))")
                #expect(Self.near(f.value, e.value), "\(indicator) \(String(describing: m)) waarde \(String(describing: f.value))")
                #expect(Self.near(f.normalised, e.normalised), "\(indicator) \(String(describing: m)) genormeerd \(String(describing: f.normalised))")
                #expect(Self.near(f.index, e.index), "\(indicator) \(String(describing: m)) index \(String(describing: f.index))")
            }
        }

        // Afwijkend: hoog at exactly 125, laag at exactly 80, nothing at 124 or 80,8.
        func deviation(_ i: Indicator, _ m: Int?) -> Deviation? { c.figure(year: 2023, i, municipality: m)?.deviation }
        #expect(deviation(.inCare, alpha) == .high && deviation(.inCare, beta) == nil)
        #expect(deviation(.customArrangements, alpha) == .high && deviation(.customArrangements, beta) == .low)
        #expect(deviation(.s2Residential, alpha) == .low && deviation(.s2Residential, beta) == nil)
        #expect(deviation(.declared, alpha) == nil && deviation(.declared, beta) == nil)
        #expect(deviation(.costPerClient, beta) == nil)
        #expect(deviation(.medianDuration, beta) == .low)

        // 2022: A6's € 50 for 2022-12 and B7's € 30: € 50 / 200 = 0,25 and € 30 / 250 = 0,12 per jeugdige.
        #expect(Self.near(c.figure(year: 2022, .declared, municipality: alpha)?.normalised, 0.25))
        #expect(Self.near(c.figure(year: 2022, .declared, municipality: beta)?.normalised, 0.12))
        // 2022 maatwerk: only B7 (P1 has no CR contract); A6 is contracted.
        #expect(c.figure(year: 2022, .customArrangements, municipality: alpha)?.value == 0)
        #expect(c.figure(year: 2022, .customArrangements, municipality: beta)?.value == 1)
        // 2022 in zorg: c5 and c11; durations: only B7 (31 d) ends in 2022.
        #expect(c.figure(year: 2022, .inCare, municipality: nil)?.value == 2)
        #expect(c.figure(year: 2022, .medianDuration, municipality: beta)?.value == 31)
        #expect(c.figure(year: 2022, .medianDuration, municipality: alpha)?.value == nil)
    }

    @Test func municipalitiesReportRows() throws {
        let d = try Self.dataset()
        let r = ReportCatalog.build(ReportRequest(.municipalities, ReportOptions(year: 2023)), d)
        #expect(r.tidy.columns == Self.columns)
        // 2 years × 7 indicators × (2 municipalities + regio).
        #expect(r.tidy.rows.count == 42)
        #expect(r.tidy.rows.allSatisfy { $0.count == Self.columns.count })

        // (gemeentecode, indicator, waarde, genormeerd, regio_genormeerd, index, afwijkend) for 2023.
        let expected: [(String, String, Double, Double, Double, Double, String)] = [
            ("0001", "jeugdigen_in_zorg", 5, 12.5, 10, 125, "hoog"),
            ("0002", "jeugdigen_in_zorg", 5, 10, 10, 100, ""),
            ("regio", "jeugdigen_in_zorg", 9, 10, 10, 100, ""),
            ("0001", "maatwerk", 5, 12.5, 10, 125, "hoog"),
            ("0002", "maatwerk", 4, 8, 10, 80, "laag"),
            ("regio", "maatwerk", 9, 10, 10, 100, ""),
            ("0001", "s2_verblijf", 1, 2.5, 3000.0 / 900, 75, "laag"),
            ("0002", "s1_verblijf", 1, 2, 2000.0 / 900, 90, ""),
            ("0001", "gedeclareerd", 124, 0.31, 0.25, 124, ""),
            ("0002", "gedeclareerd", 101, 0.202, 0.25, 80.8, ""),
            ("regio", "gedeclareerd", 225, 0.25, 0.25, 100, ""),
            ("0002", "kosten_per_client", 20.2, 20.2, 25, 80.8, ""),
            ("regio", "kosten_per_client", 25, 25, 25, 100, ""),
            ("0002", "trajectduur_mediaan", 60, 60, 75, 80, "laag"),
            ("regio", "trajectduur_mediaan", 75, 75, 75, 100, ""),
        ]
        for (code, indicator, value, normalised, region, index, deviation) in expected {
            let row = try #require(Self.row(r, 2023, code, indicator, keyColumn: 3), "\(code) \(indicator)")
            // Numbers as shown (at most 4 decimals for genormeerd, 1 for index).
            #expect(Self.near(row[4].numericValue, value, 0.005), "\(code) \(indicator) waarde")
            #expect(Self.near(row[5].numericValue, normalised, 0.00005), "\(code) \(indicator) genormeerd")
            #expect(Self.near(row[6].numericValue, region, 0.00005), "\(code) \(indicator) regio_genormeerd")
            #expect(Self.near(row[7].numericValue, index, 0.05), "\(code) \(indicator) index")
            #expect(Self.text(row[8]) == deviation, "\(code) \(indicator) afwijkend")
        }
        #expect(r.tidy.rows.filter { Self.text($0[1]) == "regio" }.allSatisfy { Self.text($0[8]) == "" && $0[7].numericValue == 100 })

        // One municipality: its rows and the region's only.
        let own = ReportCatalog.build(ReportRequest(.municipalities, ReportOptions(year: 2023, municipality: "0002")), d)
        #expect(own.tidy.columns == Self.columns)
        #expect(own.tidy.rows.count == 28)
        #expect(Set(own.tidy.rows.compactMap { Self.text($0[1]) }) == ["0002", "regio"])
    }

    // MARK: §7.1 A year without its own inwoners row

    @Test func carriedForwardYouthsAreMarked() throws {
        // Alpha has 2021 and 2022 (and a later 2024) but no 2023: 2023 uses 2022's 400.
        let inhabitants = [
            Inhabitants(municipality: "0001", year: 2021, youths: 300, total: 1000),
            Inhabitants(municipality: "0001", year: 2022, youths: 400, total: 2000),
            Inhabitants(municipality: "0001", year: 2024, youths: 999, total: 3000),
            Inhabitants(municipality: "0002", year: 2022, youths: 250, total: 1200),
            Inhabitants(municipality: "0002", year: 2023, youths: 500, total: 2400),
        ]
        let d = try Self.dataset(inhabitants: inhabitants)
        let alpha = try #require(d.municipalityIndex["0001"]), beta = try #require(d.municipalityIndex["0002"])
        #expect(d.normalisationYouths(municipality: alpha, year: 2023) == NormalisationYouths(youths: 400, isCarriedForward: true))
        #expect(d.normalisationYouths(municipality: alpha, year: 2022) == NormalisationYouths(youths: 400, isCarriedForward: false))
        #expect(d.normalisationYouths(municipality: beta, year: 2023) == NormalisationYouths(youths: 500, isCarriedForward: false))

        let c = d.municipalityComparison()
        #expect(c.youths(year: 2023, municipality: alpha) == NormalisationYouths(youths: 400, isCarriedForward: true))
        #expect(c.youths(year: 2023, municipality: nil)?.youths == 900)
        // 5 in zorg / 400 × 1000 = 12,5, against the region's 9 / 900 × 1000 = 10.
        #expect(Self.near(c.figure(year: 2023, .inCare, municipality: alpha)?.normalised, 12.5))
        #expect(Self.near(c.figure(year: 2023, .inCare, municipality: nil)?.normalised, 10))

        func labels(_ year: Int) -> [String] {
            let text = ReportCatalog.build(ReportRequest(.municipalities, ReportOptions(year: year)), d).rendered(as: .text)
            return text.split(separator: "\n").map(String.init)
        }
        let lines2023 = labels(2023)
        #expect(lines2023.contains { $0.hasPrefix("Alpha* ") })
        #expect(!lines2023.contains { $0.hasPrefix("Beta*") })
        #expect(lines2023.contains { $0.hasPrefix("Beta ") })
        // 2022 has Alpha's own row: no mark.
        let lines2022 = labels(2022)
        #expect(lines2022.contains { $0.hasPrefix("Alpha ") })
        #expect(!lines2022.contains { $0.contains("Alpha*") })
    }

    // MARK: §7.3 municipality-products

    @Test func productMixPerCategory() throws {
        let d = try Self.dataset()
        let alpha = try #require(d.municipalityIndex["0001"]), beta = try #require(d.municipalityIndex["0002"])

        // 2023: categories 43 (S1V, PZ, WG) and 45 (AMB); 46 (CR, only 2022) and 44 (never) left out.
        // Alpha: in zorg 5; 43: c3, c4 → 2 → 0,4; 45: c1, c2, c5 → 3 → 0,6.
        // Beta:  in zorg 5; 43: c7, c8, c9 → 3 → 0,6; 45: c1, c6 → 2 → 0,4.
        // Region: in zorg 9; 43: c3, c4, c7, c8, c9 → 5/9; 45: c1, c2, c5, c6 → 4/9.
        // Index: Alpha 43: 0,4 × 9/5 × 100 = 72; 45: 0,6 × 9/4 × 100 = 135; Beta 43: 108; 45: 90.
        let mix = d.productMix(year: 2023) { $0.category }
        #expect(mix.groups == ["43", "45"])
        let a = mix.byMunicipality[alpha], b = mix.byMunicipality[beta]
        #expect(a.map(\.clients) == [2, 3] && b.map(\.clients) == [3, 2] && mix.region.map(\.clients) == [5, 4])
        #expect(Self.near(a[0].share, 0.4) && Self.near(a[1].share, 0.6) && Self.near(b[0].share, 0.6) && Self.near(b[1].share, 0.4))
        #expect(Self.near(a[0].regionShare, 5.0 / 9) && Self.near(b[1].regionShare, 4.0 / 9))
        #expect(Self.near(a[0].index, 72) && Self.near(a[1].index, 135) && Self.near(b[0].index, 108) && Self.near(b[1].index, 90))
        #expect(Self.near(mix.region[0].share, 5.0 / 9) && Self.near(mix.region[1].share, 4.0 / 9))
        #expect(mix.region.allSatisfy { $0.index == 100 && $0.share == $0.regionShare })

        // 2022: Alpha c5 (AMB, 45), Beta c11 (CR, 46); 43 used nowhere → left out.
        // Region in zorg 2: 45 → 1/2, 46 → 1/2. Alpha 45: 1/1 → index 200; 46: 0 → aandeel 0, index 0.
        let mix22 = d.productMix(year: 2022) { $0.category }
        #expect(mix22.groups == ["45", "46"])
        let a22 = mix22.byMunicipality[alpha], b22 = mix22.byMunicipality[beta]
        #expect(a22[0].clients == 1 && Self.near(a22[0].share, 1) && Self.near(a22[0].index, 200))
        #expect(a22[1].clients == 0 && a22[1].share == 0 && a22[1].index == 0)
        #expect(b22[0].clients == 0 && b22[0].share == 0 && b22[0].index == 0)
        #expect(b22[1].clients == 1 && Self.near(b22[1].share, 1) && Self.near(b22[1].index, 200))
    }

    @Test func municipalityProductsReportRows() throws {
        let d = try Self.dataset()
        let r = ReportCatalog.build(ReportRequest(.municipalityProducts, ReportOptions(year: 2023)), d)
        #expect(r.tidy.columns == ["jaar", "gemeentecode", "productcategorie", "clienten", "aandeel", "regio_aandeel", "index"])
        // 2022: 45, 46; 2023: 43, 45 — each for Alpha, Beta and regio.
        #expect(r.tidy.rows.count == 12)
        #expect(!r.tidy.rows.contains { $0[0].numericValue == 2023 && Self.text($0[2]) == "46" })
        #expect(!r.tidy.rows.contains { $0[0].numericValue == 2022 && Self.text($0[2]) == "43" })
        #expect(!r.tidy.rows.contains { Self.text($0[2]) == "44" })

        // (year, gemeentecode, categorie, clienten, aandeel, regio_aandeel, index)
        let expected: [(Int, String, String, Double, Double, Double, Double)] = [
            (2023, "0001", "43", 2, 0.4, 5.0 / 9, 72),
            (2023, "0001", "45", 3, 0.6, 4.0 / 9, 135),
            (2023, "0002", "43", 3, 0.6, 5.0 / 9, 108),
            (2023, "0002", "45", 2, 0.4, 4.0 / 9, 90),
            (2023, "regio", "43", 5, 5.0 / 9, 5.0 / 9, 100),
            (2023, "regio", "45", 4, 4.0 / 9, 4.0 / 9, 100),
            (2022, "0001", "46", 0, 0, 0.5, 0),
            (2022, "0002", "45", 0, 0, 0.5, 0),
            (2022, "0002", "46", 1, 1, 0.5, 200),
            (2022, "regio", "46", 1, 0.5, 0.5, 100),
        ]
        for (year, code, category, clients, share, regionShare, index) in expected {
            let row = try #require(Self.row(r, year, code, category, keyColumn: 2), "\(year) \(code) \(category)")
            #expect(row[3].numericValue == clients, "\(year) \(code) \(category) clienten")
            #expect(Self.near(row[4].numericValue, share, 0.00005), "\(year) \(code) \(category) aandeel")
            #expect(Self.near(row[5].numericValue, regionShare, 0.00005), "\(year) \(code) \(category) regio_aandeel")
            #expect(Self.near(row[6].numericValue, index, 0.05), "\(year) \(code) \(category) index")
        }
    }
}
