import Testing
@testable import MonitorCore

/// The na-ijl model on a constructed triangle with a known answer.
///
/// One open allocation of € 1.000 a month (eenheid 83 euro's, frequentie 4 per maand, volume
/// 1000) from January 2021, the first data month. Every care month's claims total € 900
/// (verzilvering 0,9) and arrive exactly 50 % one month after the care month, 30 % two
/// months after and 20 % three months after; nothing in the care month itself. The delivery
/// is December 2023: claims received after 31 December 2023 are in the files but not known.
///
/// So at the delivery date December 2023 has € 0 in, November € 450, October € 720 and
/// September and before the full € 900. The chain-ladder factors are f(0) = ∞ (nothing at
/// lag 0), f(1) = 720 / 450 = 1,6, f(2) = 900 / 720 = 1,25, f(3…) = 1, so the shares are
/// 0, 0,5, 0,8, 1, 1, 1, 1; and every estimate of the final amount is exactly € 900.
@Suite struct ClaimLagTests {
    static let delivery = Month(year: 2023, month: 12)
    static let first = Month(year: 2021, month: 1)
    static let last = Month(year: 2023, month: 12)

    static func triangle(from first: Month = first, delivery: Month = delivery) throws -> Dataset {
        let allocation = HandMade.allocation("L1", "0001", "k1", "AMB", "11111111", "\(first)-01", nil,
                                             volume: 1000, unit: .euros, frequency: .perMonth)
        var claims: [Claim] = []
        for m in first...last {
            for (lag, euros) in [(1, 450.0), (2, 270.0), (3, 180.0)] {
                claims.append(HandMade.claim("0001", "L1", m.description, euros, received: "\(m.advanced(by: lag))-15"))
            }
        }
        return try HandMade.dataset(allocations: [allocation], claims: claims, delivery: delivery)
    }

    static func model(_ d: Dataset, evaluation: Month? = nil) -> LagModel {
        d.lagModel(evaluation: evaluation ?? d.delivery.month, arrivals: d.claimArrivals(), beschiktPerMonth: d.regionBeschiktPerMonth())
    }

    @Test func theTriangleIsWhatItSays() throws {
        let d = try Self.triangle()
        let t = d.monthlyAmounts()
        #expect(t.months.count == 36)
        #expect(t.months.indices.allSatisfy { abs(t.regionBeschikt($0) - 1000) < 1e-9 })
        #expect(t.regionDeclaredCents(t.months.count - 4) == 90_000)
        #expect(t.regionDeclaredCents(t.months.count - 3) == 72_000)
        #expect(t.regionDeclaredCents(t.months.count - 2) == 45_000)
        #expect(t.regionDeclaredCents(t.months.count - 1) == 0)
    }

    @Test func completenessPerLagIsExact() throws {
        let m = Self.model(try Self.triangle())
        #expect(m.maxLag == 6)
        #expect(m.factors[0] == .infinity)
        #expect(abs(m.factors[1] - 1.6) < 1e-12)
        #expect(abs(m.factors[2] - 1.25) < 1e-12)
        #expect(m.factors[3...].allSatisfy { $0 == 1 })
        let expected = [0, 0.5, 0.8, 1, 1, 1, 1]
        #expect(m.completeness.count == expected.count)
        for (got, want) in zip(m.completeness, expected) { #expect(abs(got - want) < 1e-12) }
        // Shares of the last months on the evaluation date; older months are complete.
        #expect(m.share(of: Month(year: 2023, month: 12)) == m.completeness[0])
        #expect(abs((m.share(of: Month(year: 2023, month: 11)) ?? -1) - 0.5) < 1e-12)
        #expect(abs((m.share(of: Month(year: 2023, month: 10)) ?? -1) - 0.8) < 1e-12)
        #expect(m.share(of: Month(year: 2023, month: 9)) == 1)
        #expect(m.share(of: Month(year: 2021, month: 1)) == 1)
        #expect(m.lag(of: Month(year: 2021, month: 1)) == 6)
    }

    @Test func realisationIsTheVerzilveringOfCompleteMonths() throws {
        let m = Self.model(try Self.triangle())
        #expect(abs(m.realisation - 0.9) < 1e-12)
        // Every complete month is estimated exactly at every lag: no spread.
        #expect(m.estimateRange.allSatisfy { abs($0.lowerBound - 1) < 1e-12 && abs($0.upperBound - 1) < 1e-12 })
    }

    @Test func expectedFinalIsTheTrueFinalAmountAndItsRangeAPoint() throws {
        let d = try Self.triangle()
        let m = Self.model(d)
        let t = d.monthlyAmounts()
        for i in t.months.indices.suffix(6) {
            let month = t.months[i]
            let received = Double(t.regionDeclaredCents(i)) / 100
            let e = try #require(m.expectedFinal(received: received, beschikt: t.regionBeschikt(i), month: month))
            // received + (1 − share) × € 1.000 × 0,9 = € 900 for every month.
            #expect(abs(e.expected - 900) < 1e-9, "\(month)")
            // Every complete month had the same shares and verzilvering: no spread.
            #expect(e.range.upperBound - e.range.lowerBound < 1e-9, "\(month)")
        }
        // December: nothing in yet; the whole € 900 is expected.
        #expect(abs((m.expectedFinal(received: 0, beschikt: 1000, month: Self.delivery)?.expected ?? 0) - 900) < 1e-9)
    }

    /// Knowing less never makes the estimate surer: the newest month (nothing in yet) gets at
    /// least the range of the month before it, in the bundled data as in any other.
    @Test func youngerMonthsNeverGetANarrowerRange() throws {
        let m = Self.model(try Bundled.dataset())
        for j in 0..<m.maxLag {
            #expect(m.estimateRange[j].lowerBound <= m.estimateRange[j + 1].lowerBound)
            #expect(m.estimateRange[j].upperBound >= m.estimateRange[j + 1].upperBound)
        }
        #expect(m.estimateRange[0].upperBound - m.estimateRange[0].lowerBound > 0.01)
        #expect(m.estimateRange[m.maxLag] == 1...1)
    }

    @Test func aMonthAfterTheEvaluationHasNoEstimate() throws {
        let m = Self.model(try Self.triangle())
        let january2024 = Month(year: 2024, month: 1)
        #expect(m.lag(of: january2024) == nil)
        #expect(m.share(of: january2024) == nil)
        #expect(m.expectedFinal(received: 0, beschikt: 1000, month: january2024) == nil)
        // Evaluated at an earlier date, that date's own months are the incomplete ones.
        let june = Self.model(try Self.triangle(), evaluation: Month(year: 2023, month: 6))
        #expect(june.share(of: Month(year: 2023, month: 7)) == nil)
        #expect(abs((june.share(of: Month(year: 2023, month: 5)) ?? -1) - 0.5) < 1e-12)
    }

    @Test func dataYoungerThanTheLongestLag() throws {
        // The same triangle from January 2022, evaluated in April 2022: no care month is old
        // enough to show lag 4 or later, so nothing says claims still arrive there (f = 1, the
        // chain ladder's tail). January 2022 has its € 900 in and must not count as 0 % in.
        let d = try Self.triangle(from: Month(year: 2022, month: 1))
        let m = Self.model(d, evaluation: Month(year: 2022, month: 4))
        let expected = [0, 0.5, 0.8, 1, 1, 1, 1]
        for (got, want) in zip(m.completeness, expected) { #expect(abs(got - want) < 1e-12) }
        #expect(m.share(of: Month(year: 2022, month: 1)) == 1)
        // No complete month yet to learn the verzilvering from: the prior takes all of beschikt.
        #expect(m.realisation == 1)
        #expect(abs((m.expectedFinal(received: 900, beschikt: 1000, month: Month(year: 2022, month: 1))?.expected ?? 0) - 900) < 1e-9)
        #expect(abs((m.expectedFinal(received: 450, beschikt: 1000, month: Month(year: 2022, month: 3))?.expected ?? 0) - 950) < 1e-9)
    }

    @Test func noClaimsAtAllMeansNothingIsKnownToBeIn() throws {
        // Evaluated in January 2021, the first data month: no lag has been seen at all.
        let m = Self.model(try Self.triangle(), evaluation: Self.first)
        #expect(m.completeness.dropLast().allSatisfy { $0 == 0 })
        #expect(m.share(of: Self.first) == 0)
    }

    @Test func backtestHasNoErrorWhileTheUncorrectedOneIsLarge() throws {
        let b = try Self.triangle().lagBacktest()
        // Cuts June 2022 to June 2023 (six months before the delivery).
        #expect(b.firstCut == Month(year: 2022, month: 6))
        #expect(b.lastCut == Month(year: 2023, month: 6))
        #expect(b.rows.map(\.lag) == [0, 1, 2, 3])
        for r in b.rows {
            #expect(r.cuts == 13)
            #expect(r.meanAbsoluteError < 1e-9, "lag \(r.lag)")
            #expect(abs(r.bias) < 1e-9, "lag \(r.lag)")
            #expect(r.coverage == 1, "lag \(r.lag)")
        }
        // Taking what is in as final: 100 % missing at lag 0, 50 % at lag 1, 20 % at lag 2, nothing at lag 3.
        let naive = b.rows.map(\.uncorrectedMeanAbsoluteError)
        for (got, want) in zip(naive, [1, 0.5, 0.2, 0]) { #expect(abs(got - want) < 1e-12) }
    }

    @Test func monthlyReportMarksIncompleteMonths() throws {
        let d = try Self.triangle()
        let r = ReportCatalog.definition(try #require(ReportName(rawValue: "costs-monthly"))).build(d)
        let region = r.tidy.rows.filter { $0[1] == .text("regio") }
        #expect(region.count == 36)
        let compleet = region.map { $0[5].numericValue ?? -1 }
        // September 2023 and before complete; October 0,8, November 0,5, December 0.
        #expect(compleet.dropLast(3).allSatisfy { $0 == 1 })
        #expect(compleet.suffix(3).allSatisfy { $0 < 1 })
        #expect(abs(compleet[35]) < 1e-12 && abs(compleet[34] - 0.5) < 1e-12 && abs(compleet[33] - 0.8) < 1e-12)
        // Verwacht is never below what is in; the incomplete months expect the full € 900.
        for row in r.tidy.rows {
            let declared = try #require(row[4].numericValue), expected = try #require(row[6].numericValue)
            #expect(expected >= declared - 1e-9, "\(row[0]) \(row[1])")
        }
        #expect(region.suffix(3).allSatisfy { abs(($0[6].numericValue ?? 0) - 900) < 1e-9 })
        // People see the incomplete months marked, in a column of their own; the newest month comes first.
        let marks = r.layout[0].rows.filter { $0.kind == .normal }.map { $0.values[0] }
        #expect(marks.count == 36)
        #expect(marks.prefix(3).allSatisfy { $0 == .status("◔", .notMet) })
        #expect(marks.dropFirst(3).allSatisfy { $0 == .text("") })
        // The range is two numbers, not text.
        #expect(r.layout[0].rows.first?.values[5].numericValue != nil)
        #expect(r.rendered(as: .csv).contains("2023-12,regio,Totaal Een10vdJ,1000.00,0.00,0,900.00"))
    }
}
