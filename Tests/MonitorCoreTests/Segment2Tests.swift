import Testing
@testable import MonitorCore

/// Segment 2 definitions on a hand-made delivery (June 2023), peilmaand April 2023.
@Suite struct Segment2Tests {
    static let april = Month(year: 2023, month: 4)
    let d: Dataset

    init() throws {
        var reference = HandMade.reference
        reference.providers.append(Provider(agb: "33333333", name: "Geen Contract Gezinshuis"))
        // Starts mid-April: contracted in April (the contract overlaps the month).
        reference.contracts.append(Contract(provider: "22222222", product: "PZ", start: HandMade.day("2023-04-20"), end: nil))
        reference.waitingTimes = [
            WaitingTime(provider: "11111111", product: "PZ", date: HandMade.day("2023-03-15"), weeks: 8),
            WaitingTime(provider: "11111111", product: "PZ", date: HandMade.day("2023-05-01"), weeks: 4),
            WaitingTime(provider: "22222222", product: "PZ", date: HandMade.day("2023-04-30"), weeks: 12),
            WaitingTime(provider: "33333333", product: "PZ", date: HandMade.day("2023-04-01"), weeks: 99),
        ]
        let extra = [
            HandMade.allocation("20", "0001", "c1", "PZ", "11111111", "2023-01-01", nil, referrer: .certifiedInstitution),
            HandMade.allocation("21", "0001", "c2", "PZ", "22222222", "2023-03-01", "2023-06-30"),
            HandMade.allocation("22", "0001", "c3", "PZ", "33333333", "2023-04-10", "2023-04-30", referrer: .municipality),
            // The same client in a second product in the same month.
            HandMade.allocation("23", "0001", "c3", "WG", "33333333", "2023-04-01", "2023-05-31"),
            HandMade.allocation("24", "0001", "c4", "PZ", "11111111", "2023-05-01", nil),
        ]
        let claim = HandMade.claim("0001", "6", "2022-03", 1240, received: "2022-04-10")
        d = try HandMade.dataset(reference: reference, allocations: HandMade.allocations + extra, claims: HandMade.claims + [claim])
    }

    var pleegzorg: Int { d.productIndex["PZ"]! }

    @Test func perProductFiguresAtThePeilmaand() {
        let f = d.segment2Figures(product: pleegzorg, month: Self.april)
        // c1 (provider 1), c2 (provider 2, contract from 20 April), c3 (provider 3, no contract); c2's
        // other pleegzorg allocation (4, from February) is the same client.
        #expect(f.clients == 3)
        #expect(f.contractedProviders == 2)
        #expect(f.clientsAtContracted == 2)
        #expect(f.contractedProvidersInUse == 2)
        #expect(f.clientsAtNonContracted == 1)
        #expect(f.nonContractedProviders == 1)
        // € 42 a day: c1 30 days, c2 30 days on each of two allocations (4 and 21), c3 21 days.
        #expect(f.beschikt == 42 * (30 + 30 + 30 + 21))
        #expect(f.averagePerClient == 42.0 * 111 / 3)
        // Latest updates on or before 30 April of the contracted providers: 8 and 12 weeks.
        #expect(f.waitingWeeks == 8...12)
        // 2022: € 1.240 claimed against 171 days × € 40 (allocation 6, 11 January – 30 June).
        #expect(abs((f.previousYearRealisation ?? 0) - 1240.0 / (171 * 40)) < 1e-12)
    }

    /// Contract §5: two allocations of a product with the same latest ingangsdatum count the
    /// client at the contracted provider, whichever of the two was delivered last.
    @Test(arguments: [false, true])
    func aTieOnIngangsdatumCountsAtTheContractedProvider(contractedLast: Bool) throws {
        var reference = HandMade.reference
        reference.providers.append(Provider(agb: "33333333", name: "Geen Contract Gezinshuis"))
        var tie = [
            HandMade.allocation("30", "0001", "c5", "PZ", "11111111", "2023-04-01", "2023-04-30"),
            HandMade.allocation("31", "0001", "c5", "PZ", "33333333", "2023-04-01", "2023-04-30"),
        ]
        if contractedLast { tie.reverse() }
        let d = try HandMade.dataset(reference: reference, allocations: HandMade.allocations + tie, claims: HandMade.claims)
        let pz = try #require(d.productIndex["PZ"])
        let baseline = try HandMade.dataset(reference: reference, allocations: HandMade.allocations, claims: HandMade.claims)
            .segment2Figures(product: pz, month: Self.april)
        let f = d.segment2Figures(product: pz, month: Self.april)
        #expect(f.clients == baseline.clients + 1)
        #expect(f.clientsAtContracted == baseline.clientsAtContracted + 1)
        #expect(f.clientsAtNonContracted == baseline.clientsAtNonContracted)
        #expect(f.nonContractedProviders == baseline.nonContractedProviders)
        #expect(f.clientsAtContracted + f.clientsAtNonContracted == f.clients)
    }

    @Test func aClientInTwoProductsCountsInEach() {
        let woongroep = d.productIndex["WG"]!
        let f = d.segment2Figures(product: woongroep, month: Self.april)
        #expect(f.clients == 1)
        #expect(f.beschikt == 30 * 160)
        #expect(f.contractedProviders == 0)
        #expect(f.waitingWeeks == nil)
        let monthly = d.residentialMonthly()
        let i = monthly.months.firstIndex(of: Self.april)!
        #expect(monthly.segment2[i] == 3)
        #expect(monthly.segment1[i] == 0)
        #expect(monthly.total[i] == 3)
        #expect(monthly.productCodes == ["PZ", "WG"])
        #expect(monthly.byProduct.map { $0[i] } == [3, 1])
    }

    @Test func referrerSharesPerClient() {
        let shares = d.referrerShares(product: pleegzorg, month: Self.april)
        // c2 is represented by its latest allocation (21, no referrer): onbekend.
        #expect(shares.map(\.label) == ["gemeente", "GI", "onbekend"])
        #expect(shares.allSatisfy { abs($0.share - 1.0 / 3) < 1e-12 })
    }

    @Test func providersWithTheirClientsAndWaitingTimes() {
        let providers = d.segment2Providers(product: pleegzorg, month: Self.april)
        // One client each: by name.
        #expect(providers.map(\.provider.name) == ["Contract BV", "Geen Contract Gezinshuis", "Zonder Contract BV"])
        #expect(providers.map(\.contracted) == [true, false, true])
        #expect(providers.map(\.waitingWeeks) == [8, 99, 12])
    }

    @Test func areasCountSegment2AgainstAllClients() {
        let areas = d.segment2Areas(.firstHalf(of: 2023))
        let alpha = areas[0], beta = areas[1], region = areas.last!
        #expect(alpha.segment2Clients == 4)
        #expect(alpha.youthCareClients == 4)
        #expect(beta.segment2Clients == 0)
        #expect(beta.youthCareClients == 1)
        #expect(region.kind == .region)
        #expect(region.youthCareClients == 4)
        #expect(areas.filter { $0.kind == .subregion }.map(\.name) == ["Noord"])
        #expect(alpha.youths == nil)
    }
}
