import Testing
@testable import MonitorCore

/// Figures of the hand-made delivery in `HandMade`, worked out by hand in the comments.
@Suite struct MetricsTests {
    let d: Dataset
    init() throws { d = try HandMade.dataset() }

    @Test func yearsRunFrom2022ToTheDeliveryYear() {
        #expect(d.years == 2022...2023)
    }

    @Test func youthsInCareCountAClientInTwoMunicipalitiesOnceForTheRegion() {
        let t = d.youthsInCare()
        // 2022 Alpha: c1 (1), c2 (3), c3 (5, 6). Beta: c4 (7, 11) and c1 (10); c5 removed, c6 only 2021.
        #expect(t.counts[0] == [3, 2])
        #expect(t.region[0] == 4)
        // 2023 Alpha: c2 (3 until 31 Jan, 4 and 12). Beta: c1 (2, open-ended).
        #expect(t.counts[1] == [1, 1])
        #expect(t.region[1] == 2)
    }

    @Test func residentialCountsEachClientOncePerClassAndInTheUnion() {
        let t = d.residentialClients()
        // 2022: c2 in S1-verblijf; c3 in woongroep (until 10 Jan) and pleegzorg.
        #expect(t.segment1 == [1, 1])
        #expect(t.segment2 == [1, 1])
        #expect(t.total[0] == 2)
        // 2023: c2 in both segments (S1 until 31 Jan, pleegzorg from 1 Feb) counts once.
        #expect(t.total[1] == 1)
        let alpha2022 = t.byMunicipality[0][0]
        #expect(alpha2022 == .init(s1Residential: 1, s2FamilyLike: 1, s2Living: 1))
        #expect(t.byMunicipality[0][1] == .init())
    }

    @Test func beschiktFollowsTheFormulaForEachFrequency() throws {
        func record(_ number: String) throws -> AllocationRecord {
            try #require(d.allocations.first { d.number(of: $0) == number })
        }
        let march2022 = Month(year: 2022, month: 3)
        // Per week: 2 hours × € 90 × 31 days / 7.
        #expect(abs(d.beschikt(try record("1"), in: march2022) - 2 * 90 * 31 / 7.0) < 1e-9)
        // Per month, full month: 10 × € 100.
        #expect(d.beschikt(try record("2"), in: Month(year: 2023, month: 2)) == 1000)
        // Per day: 16 days of November (15–30) × € 300; January 2023 at the 2023 tariff.
        #expect(d.beschikt(try record("3"), in: Month(year: 2022, month: 11)) == 4800)
        #expect(d.beschikt(try record("3"), in: Month(year: 2023, month: 1)) == 31 * 310)
        // Total within the period: 3 hours × € 90 over T = 30 days, 14 in February and 16 in March.
        #expect(abs(d.beschikt(try record("11"), in: Month(year: 2022, month: 2)) - 126) < 1e-9)
        #expect(abs(d.beschikt(try record("11"), in: march2022) - 144) < 1e-9)
        // Eenheid 83 (euro's): tariff 1.
        #expect(d.beschikt(try record("12"), in: Month(year: 2023, month: 3)) == 500)
        // Open-ended: clipped at the delivery month's end, nothing after it.
        #expect(d.beschikt(try record("4"), in: Month(year: 2023, month: 6)) == 30 * 42)
        #expect(d.beschikt(try record("4"), in: Month(year: 2023, month: 7)) == 0)
    }

    @Test func removedAllocationsAndTheirClaimsDoNotExist() {
        #expect(!d.allocations.contains { d.number(of: $0) == "8" })
        // 6 lines: one on removed #8, one (#4, June) received 2023-07-05, after the delivery date.
        #expect(d.claims.count == 4)
    }

    @Test func monthlyAmountsExcludeClaimsReceivedAfterTheDeliveryDate() throws {
        let t = d.monthlyAmounts()
        let i = try #require(t.months.firstIndex(of: Month(year: 2022, month: 3)))
        // Allocation 1 (per week), 11 (16 of its 30 days) and 6 (pleegzorg, 31 days × € 40).
        #expect(abs(t.regionBeschikt(i) - (2 * 90 * 31 / 7.0 + 144 + 31 * 40)) < 1e-9)
        #expect(t.regionDeclaredCents(i) == 79_714)
        // November 2022: a claim, its credit and the corrected claim.
        let nov = try #require(t.months.firstIndex(of: Month(year: 2022, month: 11)))
        #expect(t.regionDeclaredCents(nov) == 450_000)
        #expect(abs(t.regionBeschikt(nov) - (2 * 90 * 30 / 7.0 + 4800)) < 1e-9)
        // June 2023: the claim arrived on 5 July, after the delivery date.
        let june = try #require(t.months.firstIndex(of: Month(year: 2023, month: 6)))
        #expect(t.regionDeclaredCents(june) == 0)
        #expect(t.regionBeschikt(june) == 1000 + 30 * 42)
        #expect(t.months.first == Month(year: 2021, month: 1))
        #expect(t.months.last == Month(year: 2023, month: 6))
    }

    @Test func maatwerkLooksAtTheContractOnTheIngangsdatum() {
        let t = d.customArrangements()
        // 2022 Alpha: 3 (S1V and WG without contract) and 6 (pleegzorg contract starts 15 Jan, allocation 11 Jan).
        #expect(t.counts[0] == [3, 0])
        // 2023 Alpha: 3 still active in January; 4 starts when the contract runs.
        #expect(t.counts[1] == [1, 0])
        #expect(t.region == [3, 1])
    }

    @Test func contractedInAMonthWhenAPeriodOverlapsIt() throws {
        let provider = try #require(d.providerIndex["11111111"]), pz = try #require(d.productIndex["PZ"])
        #expect(d.isContracted(provider: provider, product: pz, in: Month(year: 2022, month: 1)))
        #expect(!d.isContracted(provider: provider, product: pz, on: HandMade.day("2022-01-11")))
        #expect(!d.isContracted(provider: provider, product: pz, in: Month(year: 2021, month: 12)))
    }
}

@Suite struct TrajectoryTests {
    @Test func chainsAllocationsAtMostOneDayApart() throws {
        let a = [
            HandMade.allocation("1", "0001", "t1", "AMB", "11111111", "2022-01-01", "2022-01-31"),
            HandMade.allocation("2", "0001", "t1", "AMB", "11111111", "2022-02-01", "2022-03-31"),
            // One day missing (1 April): a new traject.
            HandMade.allocation("3", "0001", "t1", "AMB", "11111111", "2022-04-02", "2022-04-30"),
            // Another provider: its own traject.
            HandMade.allocation("4", "0001", "t1", "AMB", "22222222", "2022-02-01", "2022-02-10"),
            // Still open: no traject has ended.
            HandMade.allocation("5", "0001", "t2", "AMB", "11111111", "2022-01-01", nil),
            // Ends in 2023: counted there, 12 + 10 days.
            HandMade.allocation("6", "0002", "t3", "AMB", "11111111", "2022-12-20", "2023-01-10"),
        ]
        let d = try HandMade.dataset(allocations: a, claims: [])
        let t = d.trajectoryDurations()
        // 2022: 90 days (Jan–Mar), 29 days (2–30 Apr), 10 days (other provider).
        #expect(t.durations[0][0] == [10, 29, 90])
        let s = t.regionSummary(yearIndex: 0)
        #expect(s.count == 3)
        #expect(s.medianDays == 29)
        #expect(t.durations[1][1] == [22])
        #expect(d.trajectories().filter { $0.end == nil }.count == 1)
    }
}
