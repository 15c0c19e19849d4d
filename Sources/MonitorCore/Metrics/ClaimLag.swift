/// Na-ijl: claims arrive weeks to months after their care month, so recent months look
/// cheaper than they will be. This estimates, by the chain-ladder method insurers use for
/// claims incurred but not yet reported, which share of a month's claims has arrived and
/// what the month will finally cost.
///
/// Method. For each care month m and lag k (months between m and the month the claim was
/// received; 0 = received in m itself), C(m, k) is the amount received up to lag k.
/// The development factor f(k) = Σ C(m, k+1) / Σ C(m, k), summed over the care months of
/// the last `window` months for which both are known on the evaluation date (chain ladder).
/// The share of the final amount known at lag j is 1 / (f(j) · f(j+1) · … · f(maxLag−1));
/// after `maxLag` months a month counts as complete. Where nothing is received at a lag
/// (claims are rarely in before the month ends) the share there is 0.
///
/// The expected final amount uses Bornhuetter–Ferguson, the usual companion of chain ladder
/// for immature months: received + (1 − share) × prior, with prior = the month's beschikt
/// × the verzilvering (final claims / beschikt) of the complete months in the window. It
/// stays stable when little has arrived, where received / share would explode or be 0.
/// The range takes the share's 10th and 90th percentile over those complete months.
public struct LagModel: Sendable, Equatable {
    /// The month whose end is the evaluation date (claims received up to then).
    public let evaluation: Month
    public let maxLag: Int
    /// f(k) for k in 0..<maxLag.
    public let factors: [Double]
    /// Estimated share received at lag j, for j in 0...maxLag (the last is 1).
    public let completeness: [Double]
    /// Low and high share at lag j (the range of the estimate).
    public let completenessRange: [ClosedRange<Double>]
    /// Final claims / beschikt over the complete months of the window: the prior's verzilvering.
    public let realisation: Double

    /// Lag of a care month on the evaluation date; nil for months after it.
    public func lag(of m: Month) -> Int? {
        let k = m.distance(to: evaluation)
        return k < 0 ? nil : min(k, maxLag)
    }

    /// Share of the month's final claims received on the evaluation date.
    public func share(of m: Month) -> Double? { lag(of: m).map { completeness[$0] } }

    /// Expected final amount of a month with `received` known now and `beschikt` allocated.
    public func expectedFinal(received: Double, beschikt: Double, month m: Month) -> (expected: Double, range: ClosedRange<Double>)? {
        guard let j = lag(of: m) else { return nil }
        let prior = beschikt * realisation
        let expected = received + (1 - completeness[j]) * prior
        let low = received + (1 - completenessRange[j].upperBound) * prior
        let high = received + (1 - completenessRange[j].lowerBound) * prior
        return (expected, min(low, expected)...max(high, expected))
    }
}

extension Dataset {
    /// Claim amounts (cents) per care month and lag, received by the end of `evaluation`.
    func lagTriangle(evaluation: Month, maxLag: Int, include: (ClaimRecord) -> Bool = { _ in true }) -> [Month: [Int64]] {
        var triangle: [Month: [Int64]] = [:]
        let cutoff = evaluation.lastDay
        for c in claims where c.received <= cutoff && c.careMonth <= evaluation && include(c) {
            let k = max(0, min(maxLag, c.careMonth.distance(to: c.received.month)))
            triangle[c.careMonth, default: Array(repeating: 0, count: maxLag + 1)][k] += c.amountCents
        }
        return triangle
    }

    public func lagModel(evaluation: Month, beschiktPerMonth: [Month: Double], window: Int = 24, maxLag: Int = 6) -> LagModel {
        let triangle = lagTriangle(evaluation: evaluation, maxLag: maxLag)
        func cumulative(_ m: Month, _ k: Int) -> Double {
            guard let row = triangle[m] else { return 0 }
            return Double(row[0...k].reduce(0, +))
        }
        var factors: [Double] = []
        for k in 0..<maxLag {
            // Care months whose lag k+1 is known: m + k + 1 <= evaluation.
            let newest = evaluation.advanced(by: -(k + 1))
            var numerator = 0.0, denominator = 0.0
            for offset in 0..<window {
                let m = newest.advanced(by: -offset)
                guard m >= Dataset.firstDataMonth else { break }
                numerator += cumulative(m, k + 1)
                denominator += cumulative(m, k)
            }
            // Nothing received yet at lag k: no factor (the share there is 0).
            factors.append(denominator > 0 ? max(1, numerator / denominator) : .infinity)
        }
        var completeness = Array(repeating: 1.0, count: maxLag + 1)
        for j in stride(from: maxLag - 1, through: 0, by: -1) { completeness[j] = factors[j].isFinite ? completeness[j + 1] / factors[j] : 0 }
        // Spread: the observed share at lag j of complete months in the window.
        var ranges: [ClosedRange<Double>] = []
        for j in 0...maxLag {
            let complete = evaluation.advanced(by: -maxLag)
            var shares: [Double] = []
            for offset in 0..<window {
                let m = complete.advanced(by: -offset)
                guard m >= Dataset.firstDataMonth else { break }
                let final = cumulative(m, maxLag)
                if final > 0 { shares.append(cumulative(m, j) / final) }
            }
            shares.sort()
            if j == maxLag {
                ranges.append(1...1)
            } else if shares.count >= 5 {
                let lo = shares[Int(Double(shares.count - 1) * 0.1)], hi = shares[Int(Double(shares.count - 1) * 0.9)]
                ranges.append(min(lo, completeness[j])...max(hi, completeness[j]))
            } else {
                ranges.append(completeness[j]...completeness[j])
            }
        }
        var finalClaims = 0.0, allocated = 0.0
        let complete = evaluation.advanced(by: -maxLag)
        for offset in 0..<window {
            let m = complete.advanced(by: -offset)
            guard m >= Dataset.firstDataMonth else { break }
            finalClaims += cumulative(m, maxLag) / 100
            allocated += beschiktPerMonth[m] ?? 0
        }
        return LagModel(evaluation: evaluation, maxLag: maxLag, factors: factors, completeness: completeness,
                        completenessRange: ranges, realisation: allocated > 0 ? finalClaims / allocated : 1)
    }
}

/// How well the lag model predicts: estimates made at earlier delivery dates (only claims
/// received by then) against what had arrived by the newest delivery date.
public struct LagBacktest: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        /// Months between the care month and the cut date (0 = the cut month itself).
        public let lag: Int
        public let cuts: Int
        /// Mean absolute error of the estimate, as a fraction of the final amount.
        public let meanAbsoluteError: Double
        /// Mean signed error: positive = the estimate was too high.
        public let bias: Double
        /// The same error without correction (taking the received amount as final).
        public let uncorrectedMeanAbsoluteError: Double
        /// Share of cuts whose final amount fell inside the estimated range.
        public let coverage: Double
    }
    public let rows: [Row]
    public let firstCut: Month
    public let lastCut: Month
}

extension Dataset {
    /// Cuts at every month end from `firstCut` up to `maxLag` months before the delivery
    /// (so the months estimated there are complete now), regional totals.
    public func lagBacktest(firstCut: Month = Month(year: 2022, month: 6), lags: [Int] = [0, 1, 2, 3], maxLag: Int = 6) -> LagBacktest {
        let lastCut = delivery.month.advanced(by: -maxLag)
        let final = lagTriangle(evaluation: delivery.month, maxLag: maxLag).mapValues { Double($0.reduce(0, +)) / 100 }
        let beschikt = regionBeschiktPerMonth()
        var errors: [Int: [(estimate: Double, naive: Double, inRange: Bool)]] = [:]
        if firstCut <= lastCut {
            for cut in firstCut...lastCut {
                let model = lagModel(evaluation: cut, beschiktPerMonth: beschikt, maxLag: maxLag)
                let triangle = lagTriangle(evaluation: cut, maxLag: maxLag)
                for lag in lags {
                    let m = cut.advanced(by: -lag)
                    guard let actual = final[m], actual > 0 else { continue }
                    let row = triangle[m] ?? []
                    let received = Double(row.reduce(0, +)) / 100
                    guard let estimate = model.expectedFinal(received: received, beschikt: beschikt[m] ?? 0, month: m) else { continue }
                    errors[lag, default: []].append(((estimate.expected - actual) / actual, (received - actual) / actual, estimate.range.contains(actual)))
                }
            }
        }
        let rows = lags.compactMap { lag -> LagBacktest.Row? in
            guard let e = errors[lag], !e.isEmpty else { return nil }
            let n = Double(e.count)
            return LagBacktest.Row(
                lag: lag, cuts: e.count,
                meanAbsoluteError: e.map { abs($0.estimate) }.reduce(0, +) / n,
                bias: e.map(\.estimate).reduce(0, +) / n,
                uncorrectedMeanAbsoluteError: e.map { abs($0.naive) }.reduce(0, +) / n,
                coverage: Double(e.filter(\.inRange).count) / n)
        }
        return LagBacktest(rows: rows, firstCut: firstCut, lastCut: lastCut)
    }
}

extension Dataset {
    /// The region's beschikt per month, for the lag model's prior.
    public func regionBeschiktPerMonth() -> [Month: Double] {
        let t = monthlyAmounts()
        var result: [Month: Double] = [:]
        for (i, m) in t.months.enumerated() { result[m] = t.regionBeschikt(i) }
        return result
    }
}
