import Testing
@testable import MonitorCore

/// Contract §7.7–7.8 with worked answers.
@Suite struct AmbitionPaceTests {
    static func ambition(_ target: Ambition.Target, _ values: [ReportValue]) -> Ambition {
        Ambition(id: "test", title: "Test", target: target, values: values, unmeasuredReason: nil)
    }

    /// (2023, 400), (2024, 380), (2025, 390): mean x 2024, mean y 390; slope (−1·10 + 0 + 1·0) / 2 = −5;
    /// at 2028: 390 − 5 × 4 = 370.
    @Test func leastSquaresOnThreePoints() throws {
        let line = try #require(LeastSquaresLine([(2023, 400), (2024, 380), (2025, 390)]))
        #expect(line.slope == -5)
        #expect(line.value(at: 2028) == 370)
        #expect(LeastSquaresLine([(2023, 400)]) == nil)
    }

    @Test func paceFromFullYearsOnly() {
        // 2022 before the 0-meting, 2026 a running year: neither is a full year of the trend.
        let a = Self.ambition(.atMost(370), [.count(999), .count(400), .count(380), .count(390), .count(10)])
        let p = AmbitionPace(a, years: [2022, 2023, 2024, 2025, 2026], lastCompleteYear: 2025, lastTwelveMonths: 385)
        #expect(p.baselineYear == 2023 && p.baseline == 400)
        #expect(p.lastFullYear == 2025 && p.lastValue == 390)
        #expect(p.trendPerYear == -5 && p.prognosis2028 == 370)
        // (370 − 390) / (2028 − 2025)
        #expect(abs((p.neededPerYear ?? 0) - (-20.0 / 3)) < 1e-12)
        // Exactly at the target counts as on course (≤ for "at most").
        #expect(p.onCourse == true)
        #expect(p.lastTwelveMonths == 385)
    }

    @Test func oneFullYearHasNoPrognosis() {
        let a = Self.ambition(.atLeastShare(0.9), [.empty, .fraction(0.8, decimals: 0), .fraction(0.5, decimals: 0)])
        let p = AmbitionPace(a, years: [2022, 2023, 2024], lastCompleteYear: 2023, lastTwelveMonths: nil)
        #expect(p.lastFullYear == 2023 && p.trendPerYear == nil && p.prognosis2028 == nil && p.onCourse == nil)
        #expect(abs((p.neededPerYear ?? 0) - 0.02) < 1e-12)  // (0,9 − 0,8) / 5
    }

    @Test func atLeastAndBelowBaselineTargets() {
        let share = AmbitionPace(Self.ambition(.atLeastShare(0.9), [.fraction(0.8, decimals: 0), .fraction(0.85, decimals: 0)]),
                                 years: [2023, 2024], lastCompleteYear: 2024, lastTwelveMonths: nil)
        // 0,8 → 0,85: +0,05 a year, 2028: 1,05 ≥ 0,9.
        #expect(share.onCourse == true)
        let below = AmbitionPace(Self.ambition(.belowBaseline, [.number(200, decimals: 0), .number(200, decimals: 0)]),
                                 years: [2023, 2024], lastCompleteYear: 2024, lastTwelveMonths: nil)
        // Flat at the baseline: not lower, so not on course.
        #expect(below.target == 200 && below.prognosis2028 == 200 && below.onCourse == false)
    }

    @Test func reportsHaveTheContractColumns() throws {
        let d = try Bundled.dataset()
        let pace = ReportCatalog.build(ReportRequest(.ambitionsPace), d)
        #expect(pace.tidy.columns == ["ambitie", "omschrijving", "nulmeting_jaar", "nulmeting", "laatste_volle_jaar", "laatste_waarde", "doel_2028",
                                      "trend_per_jaar", "prognose_2028", "benodigd_per_jaar", "op_koers", "laatste_12_maanden"])
        // October 2026: the last full year is 2025, never the running 2026.
        #expect(pace.tidy.rows.allSatisfy { $0[4] == .empty || $0[4] == .count(2025) })
        let ytd = ReportCatalog.build(ReportRequest(.costsYearToDate), d)
        #expect(ytd.tidy.columns == ["gebied", "type", "jaar", "tot_maand", "gedeclareerd", "verwacht", "vorig_jaar_gedeclareerd", "vorig_jaar_verwacht", "verschil_pct", "prognose_jaar"])
        #expect(ytd.tidy.rows.count == 11 + d.subregions.count + 1)
        // The region's gedeclareerd is the sum of the municipalities'; verschil and prognose follow their definitions.
        let municipalities = ytd.tidy.rows.filter { $0[1] == .text("gemeente") }.compactMap { $0[4].numericValue }.reduce(0, +)
        let region = try #require(ytd.tidy.rows.last)
        #expect(region[0] == .text("regio") && abs((region[4].numericValue ?? 0) - municipalities) < 1)
        let expected = try #require(region[5].numericValue), before = try #require(region[7].numericValue)
        #expect(abs((region[8].numericValue ?? 0) - (expected / before - 1)) < 1e-4)
    }
}
