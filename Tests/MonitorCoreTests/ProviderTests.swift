import Testing
@testable import MonitorCore

/// Contract §7.4–7.5 on a hand-made delivery of December 2023 (horizon 2023-12-31), year 2023.
/// AMB allocations are € 100 a month (eenheid 83, frequentie 4), so beschikt is easy to follow.
@Suite struct ProviderTests {
    let d: Dataset
    let y: ProviderYear
    static let p1 = "11111111", p2 = "22222222", p3 = "33333333"

    static func euros(_ n: String, _ client: String, _ start: String, _ end: String?, provider: String = p1, municipality: String = "0001",
                      reason: String? = nil) -> Allocation {
        HandMade.allocation(n, municipality, client, "AMB", provider, start, end, volume: 100, unit: .euros, frequency: .perMonth, endReason: reason)
    }

    init() throws {
        var reference = HandMade.reference
        reference.providers.append(Provider(agb: Self.p3, name: "Zonder Declaraties BV"))
        let allocations = [
            // c1: 90 days, volgens plan; back in care (at P2, elsewhere) on day 182 after the end.
            Self.euros("A1", "c1", "2023-01-01", "2023-03-31", reason: "31"),
            // c2: one traject of two allocations ending on one day, coded 31 and 33: voortijdig. 120 days.
            Self.euros("A2", "c2", "2023-02-01", "2023-05-31", reason: "31"),
            Self.euros("A3", "c2", "2023-04-01", "2023-05-31", reason: "33"),
            HandMade.allocation("A4", "0002", "c1", "WG", Self.p2, "2023-09-29", "2023-10-31"),
            // c3: 151 days, volgens plan; back in care only on day 183: no new care within half a year.
            Self.euros("A5", "c3", "2023-01-01", "2023-05-31", reason: "31"),
            Self.euros("A6", "c3", "2023-11-30", "2023-12-31", provider: Self.p2),
            // c4: ends 100 days before the horizon: volgens plan, but its half year has not passed.
            Self.euros("A7", "c4", "2023-08-01", "2023-09-22", reason: "31"),
            // c5: maatwerk (no WG contract), still open.
            HandMade.allocation("A8", "0001", "c5", "WG", Self.p1, "2023-06-01", nil),
            // A provider without claims, its traject ended for another reason.
            Self.euros("A9", "c6", "2023-03-01", "2023-03-31", provider: Self.p3, reason: "99"),
        ]
        let claims = [
            HandMade.claim("0001", "A1", "2023-01", 100, received: "2023-02-10"),
            HandMade.claim("0001", "A2", "2023-02", 100, received: "2023-03-10"),
            HandMade.claim("0001", "A8", "2023-06", 4800, received: "2023-07-15"),
            // Received after the delivery date: not known yet.
            HandMade.claim("0001", "A5", "2023-05", 100, received: "2024-01-05"),
            HandMade.claim("0002", "A4", "2023-10", 5000, received: "2023-11-20"),
        ]
        d = try HandMade.dataset(reference: reference, allocations: allocations, claims: claims, delivery: Month(year: 2023, month: 12))
        y = d.providerYear(2023)
    }

    func index(_ agb: String) -> Int { d.providerIndex[agb]! }

    @Test func providerFigures() throws {
        let f = try #require(y.figures(of: index(Self.p1)))
        #expect(f.clients == 5 && f.allocations == 6 && f.municipalities == 1 && f.products == 2)
        // AMB: A1 300 + A2 400 + A3 200 + A5 500 + A7 100 + 22/30 × 100; WG: € 160 × 214 days (June–December).
        let amb: Double = 300 + 400 + 200 + 500 + 100 + 2200.0 / 30
        let beschikt: Double = amb + 160 * 214
        #expect(abs(f.beschikt - beschikt) < 1e-9)
        #expect(f.declared == 5000)
        #expect(abs((f.realisation ?? 0) - 5000 / beschikt) < 1e-12)
        #expect(f.customArrangements == 1)
        let p2 = try #require(y.figures(of: index(Self.p2)))
        #expect(p2.clients == 2 && p2.allocations == 2 && p2.municipalities == 2 && p2.products == 2 && p2.customArrangements == 2)
        let p2Beschikt: Double = 160 * 33 + 100.0 / 30 + 100
        #expect(abs(p2.beschikt - p2Beschikt) < 1e-9)
        // No claims: gedeclareerd 0, verzilvering 0 % (beschikt is not 0).
        let p3 = try #require(y.figures(of: index(Self.p3)))
        #expect(p3.declared == 0 && p3.realisation == 0 && p3.customArrangements == 1)
        #expect(y.region.clients == 6 && y.region.allocations == 9 && y.region.municipalities == 2 && y.region.products == 2)
        #expect(y.region.declared == 10_000 && y.region.customArrangements == 4)
        #expect(abs(y.region.beschikt - (beschikt + p2.beschikt + 100)) < 1e-9)
    }

    @Test func providerProducts() {
        let rows = y.products(of: index(Self.p1))
        #expect(rows.map { d.products[$0.product].code } == ["WG", "AMB"])
        #expect(rows[0].clients == 1 && rows[0].allocations == 1 && rows[0].declared == 4800 && !rows[0].contracted)
        #expect(rows[1].clients == 4 && rows[1].allocations == 5 && rows[1].declared == 200 && rows[1].contracted)
        #expect(abs(rows[1].beschikt - (1500 + 2200.0 / 30)) < 1e-9)
    }

    @Test func outcomesWithTheHalfYearFollowUp() {
        let o = y.outcomes(of: index(Self.p1))
        #expect(o.ended == 4)          // c1, c2, c3, c4; c5 is still open
        #expect(o.onPlan == 3 && o.premature == 1)
        #expect(o.dropout == 0.25)
        #expect(o.meanDays == 103.5)   // 53, 90, 120, 151
        #expect(o.medianDays == 105)
        #expect(o.assessable == 2)     // c1 and c3; c4 ended 100 days before the horizon
        #expect(o.withoutNewCare == 1) // c3 (day 183); c1 was back on day 182
        #expect(o.shareWithoutNewCare == 0.5)
        #expect(o.reasons == ["31": 3, "33": 1])
        let p2 = y.outcomes(of: index(Self.p2))
        #expect(p2.ended == 2 && p2.dropout == nil && p2.medianDays == 32.5 && p2.shareWithoutNewCare == nil && p2.reasons == ["": 2])
        #expect(y.outcomes(of: index(Self.p3)).reasons == ["99": 1])
        #expect(y.regionOutcomes.ended == 7 && y.regionOutcomes.medianDays == 53 && y.regionOutcomes.dropout == 0.25)
        // The region for P1's products (AMB): 31, 32, 53, 90, 120, 151.
        let same = y.sameProductOutcomes[index(Self.p1)]
        #expect(same?.ended == 6 && same?.medianDays == 71.5)
    }

    @Test func reportsHaveTheContractColumnsAndARegionRow() throws {
        let providers = ReportCatalog.build(ReportRequest(.providers, ReportOptions(year: 2023)), d)
        #expect(providers.tidy.columns == ["jaar", "agb", "aanbieder", "clienten", "toewijzingen", "gemeenten", "producten", "beschikt", "gedeclareerd", "verzilvering", "maatwerk"])
        #expect(providers.tidy.rows.last?[1] == .text("regio"))
        #expect(providers.tidy.rows.count == 4)
        let outcomes = ReportCatalog.build(ReportRequest(.providerOutcomes, ReportOptions(year: 2023, provider: Self.p1)), d)
        #expect(outcomes.tidy.columns.count == 12)
        #expect(outcomes.rendered(as: .csv).contains("2023,11111111,Contract BV,4,3,1,0.25,103.5,105.0,2,1,0.5\n"))
        #expect(outcomes.tidy.rows.map { $0[1] } == [.text(Self.p1), .text("regio")])
        let products = ReportCatalog.build(ReportRequest(.providerProducts, ReportOptions(year: 2023, provider: Self.p1)), d)
        #expect(products.tidy.columns == ["jaar", "agb", "productcode", "clienten", "toewijzingen", "beschikt", "gedeclareerd", "gecontracteerd"])
        #expect(products.tidy.rows.map { $0[7] } == [.text("N"), .text("J")])
    }

    @Test func signalsForTheTalk() {
        let v = index(Self.p1)
        let waiting = d.providerWaitingTimes(provider: v, year: 2023, delivered: y.products(of: v).map(\.product))
        #expect(waiting.map { d.products[$0.product].code } == ["AMB", "PZ", "WG"])
        #expect(waiting.map(\.isStale) == [true, true, false])
        let signals = d.providerSignals(y, provider: v, waiting: waiting)
        #expect(signals.map(\.kind) == [.lowRealisation, .withoutContract, .staleWaitingTime])
        #expect(signals[1].value == 1.0 / 6 && signals[1].region == 4.0 / 9 && signals[1].products == ["WG"])
        #expect(signals[2].products == ["AMB", "PZ"])
    }
}
