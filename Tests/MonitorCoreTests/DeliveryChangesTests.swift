import Testing
@testable import MonitorCore

/// Contract §7.6 on two hand-made deliveries of one region: September and October 2023.
@Suite struct DeliveryChangesTests {
    static func euros(_ n: String, _ m: String, _ client: String, _ start: String, _ end: String?, changeReason: String? = nil, endReason: String? = nil) -> Allocation {
        HandMade.allocation(n, m, client, "AMB", "11111111", start, end, volume: 100, unit: .euros, frequency: .perMonth,
                            changeReason: changeReason, endReason: endReason)
    }

    let september: Dataset
    let october: Dataset

    init() throws {
        let before = [
            Self.euros("1", "0001", "c1", "2023-01-01", nil),
            Self.euros("2", "0001", "c2", "2023-02-01", "2023-12-31"),
            Self.euros("3", "0001", "c3", "2023-03-01", nil),
            Self.euros("4", "0002", "c4", "2023-05-01", nil),
        ]
        let after = [
            Self.euros("1", "0001", "c1", "2023-01-01", nil),
            // Removed by reden 13: counts as absent.
            Self.euros("2", "0001", "c2", "2023-02-01", "2023-12-31", changeReason: "13"),
            // Its einddatum is known only now, with the reason.
            Self.euros("3", "0001", "c3", "2023-03-01", "2023-10-15", endReason: "32"),
            // New in October; c5's first allocation: instroom.
            Self.euros("5", "0001", "c5", "2023-10-05", nil),
            // Beta delivered a header only: allocation 4 is gone.
        ]
        let oldClaim = HandMade.claim("0001", "1", "2023-08", 100, received: "2023-09-10")
        september = try HandMade.dataset(allocations: before, claims: [oldClaim], delivery: Month(year: 2023, month: 9))
        october = try HandMade.dataset(allocations: after, claims: [
            oldClaim,
            HandMade.claim("0001", "1", "2023-09", 100, received: "2023-10-03"),  // received after September's last day: new
            HandMade.claim("0001", "3", "2023-09", 100, received: "2023-10-20"),  // new
            HandMade.claim("0001", "3", "2023-10", 100, received: "2023-11-02"),  // after October's last day: not known yet
        ], delivery: Month(year: 2023, month: 10))
    }

    @Test func changesPerMunicipalityAndRegion() {
        let c = october.changes(since: september)
        let alpha = c.municipalities[0], beta = c.municipalities[1]
        #expect(alpha == MunicipalityChanges(newAllocations: 1, removedAllocations: 1, changedAllocations: 1, newClaimLines: 2, newAmount: 200,
                                             inCarePrevious: 3, inCare: 3, inflow: 1, outflow: 1))
        #expect(beta == MunicipalityChanges(newAllocations: 0, removedAllocations: 1, changedAllocations: 0, newClaimLines: 0, newAmount: 0,
                                            inCarePrevious: 1, inCare: 0, inflow: 0, outflow: 0))
        #expect(c.region == MunicipalityChanges(newAllocations: 1, removedAllocations: 2, changedAllocations: 1, newClaimLines: 2, newAmount: 200,
                                                inCarePrevious: 4, inCare: 3, inflow: 1, outflow: 1))
    }

    @Test func changedAllocationsSayWhatChanged() {
        let list = october.changes(since: september).allocations(of: 0)
        #expect(list.map(\.number) == ["2", "3", "5"])
        #expect(list.map(\.kind) == [.removed, .changed, .new])
        #expect(list[1].fields.map(\.name) == ["einddatum", "reden_beeindiging"])
        #expect(list[1].fields.map(\.old) == ["–", "–"] && list[1].fields.map(\.new) == ["2023-10-15", "32"])
    }

    @Test func reportsHaveTheContractColumns() {
        let history = DeliveryHistory(summaries: [september.deliverySummary(warnings: []), october.deliverySummary(warnings: [])], previous: september)
        let changes = ReportCatalog.build(ReportRequest(.deliveryChanges), october, history: history)
        #expect(changes.tidy.columns == ["gemeentecode", "gemeente", "toewijzingen_nieuw", "toewijzingen_vervallen", "toewijzingen_gewijzigd", "declaratieregels_nieuw",
                                         "bedrag_nieuw", "jeugdigen_in_zorg_vorige", "jeugdigen_in_zorg", "instroom", "uitstroom"])
        #expect(changes.rendered(as: .csv).contains("\nregio,Totaal Een10vdJ,1,2,1,2,200.00,4,3,1,1\n"))
        let deliveries = ReportCatalog.build(ReportRequest(.deliveries), october, history: history)
        #expect(deliveries.tidy.columns == ["levering", "gemeentecode", "gemeente", "toewijzingen", "declaratieregels", "laatste_ontvangstdatum"])
        // October: Alpha 3 allocations (not the removed one), 3 claim lines known, the latest received 2023-10-20; Beta nothing.
        #expect(deliveries.rendered(as: .csv).contains("\n2023-10,0001,Alpha,3,3,2023-10-20\n2023-10,0002,Beta,0,0,\n"))
        #expect(deliveries.rendered(as: .csv).contains("\n2023-09,0001,Alpha,3,1,2023-09-10\n"))
    }
}
