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
/// Where no care month of the window is old enough to show a later lag (data younger than
/// `maxLag` months) the factor there is 1: no development is assumed beyond what was seen.
///
/// The expected final amount uses Bornhuetter–Ferguson, the usual companion of chain ladder
/// for immature months: received + (1 − share) × prior, with prior = the month's beschikt
/// × the verzilvering (final claims / beschikt) of the complete months in the window. It
/// stays stable when little has arrived, where received / share would explode or be 0.
/// The range is empirical, per lag: for each complete month of the window, the estimate it
/// would have had at lag j (what had arrived by then, plus the prior for the rest) against
/// its final amount; the 10th and 90th percentile of final / estimate. A younger month never
/// gets a narrower range than an older one (the ranges are nested, widened towards lag 0):
/// knowing less cannot make the estimate surer.
public struct LagModel: Sendable, Equatable {
    /// The month whose end is the evaluation date (claims received up to then).
    public let evaluation: Month
    public let maxLag: Int
    /// f(k) for k in 0..<maxLag.
    public let factors: [Double]
    /// Estimated share received at lag j, for j in 0...maxLag (the last is 1).
    public let completeness: [Double]
    /// Final claims / beschikt over the complete months of the window: the prior's verzilvering.
    public let realisation: Double
    /// Per lag j in 0...maxLag: the 10th–90th percentile of final / estimate at lag j over the
    /// complete months of the window, nested (each contains the next); always contains 1.
    public let estimateRange: [ClosedRange<Double>]

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
        let expected = received + (1 - completeness[j]) * beschikt * realisation
        let ratio = estimateRange[j]
        // A negative expectation (credits) keeps its bounds in order.
        let a = expected * ratio.lowerBound, b = expected * ratio.upperBound
        return (expected, min(a, b)...max(a, b))
    }
}

/// Claim amounts (cents) per care month and lag in months (received month − care month),
/// indexed once so that the lag model can be evaluated at any earlier date without
/// rescanning the claims.
public struct ClaimArrivals: Sendable {
    public let first: Month
    /// `cents[careMonthIndex][lag]`, lags beyond the last bucket added to it.
    let cents: [[Int64]]
    static let lagBuckets = 36

    /// Received up to lag `k`, as known at the end of `evaluation`.
    func received(_ m: Month, through k: Int, evaluation: Month) -> Int64 {
        let i = first.distance(to: m)
        guard i >= 0, i < cents.count else { return 0 }
        let last = min(k, m.distance(to: evaluation), ClaimArrivals.lagBuckets - 1)
        guard last >= 0 else { return 0 }
        return cents[i][0...last].reduce(0, +)
    }
}

extension Dataset {
    public func claimArrivals() -> ClaimArrivals {
        let first = Dataset.firstDataMonth
        var cents = Array(repeating: Array(repeating: Int64(0), count: ClaimArrivals.lagBuckets), count: months.count)
        for c in claims where c.received <= horizon {
            let i = first.distance(to: c.careMonth)
            guard i >= 0, i < cents.count else { continue }
            cents[i][max(0, min(ClaimArrivals.lagBuckets - 1, c.careMonth.distance(to: c.received.month)))] += c.amountCents
        }
        return ClaimArrivals(first: first, cents: cents)
    }

    public func lagModel(
        evaluation: Month, arrivals: ClaimArrivals, beschiktPerMonth: [Month: Double], window: Int = 24, maxLag: Int = 6
    ) -> LagModel {
        func cumulative(_ m: Month, _ k: Int) -> Double {
            // The last bucket holds everything from maxLag on: a month that old counts as complete.
            Double(arrivals.received(m, through: k == maxLag ? ClaimArrivals.lagBuckets : k, evaluation: evaluation))
        }
        var factors: [Double] = []
        var seen = false
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
            if denominator > 0 {
                factors.append(max(1, numerator / denominator))
            } else if numerator > 0 || !seen {
                // Nothing received yet at lag k: no factor (the share there is 0).
                factors.append(.infinity)
            } else {
                // No care month old enough to show lag k+1 (data younger than maxLag): nothing
                // says claims still arrive after the lags seen, so no development (the tail is 1).
                factors.append(1)
            }
            seen = seen || numerator > 0 || denominator > 0
        }
        var completeness = Array(repeating: 1.0, count: maxLag + 1)
        for j in stride(from: maxLag - 1, through: 0, by: -1) { completeness[j] = factors[j].isFinite ? completeness[j + 1] / factors[j] : 0 }
        var finalClaims = 0.0, allocated = 0.0
        let complete = evaluation.advanced(by: -maxLag)
        let completeMonths = (0..<window).map { complete.advanced(by: -$0) }.filter { $0 >= Dataset.firstDataMonth }
        for m in completeMonths {
            finalClaims += cumulative(m, maxLag) / 100
            allocated += beschiktPerMonth[m] ?? 0
        }
        let realisation = allocated > 0 ? finalClaims / allocated : 1
        // Backtest of the estimate per lag on the complete months: final / estimate at lag j.
        var ranges = Array(repeating: 1.0...1.0, count: maxLag + 1)
        for j in 0..<maxLag {
            var ratios: [Double] = []
            for m in completeMonths {
                let final = cumulative(m, maxLag) / 100
                let estimate = cumulative(m, j) / 100 + (1 - completeness[j]) * (beschiktPerMonth[m] ?? 0) * realisation
                if final > 0, estimate > 0 { ratios.append(final / estimate) }
            }
            guard ratios.count >= 5 else { continue }
            ratios.sort()
            ranges[j] = min(1, ratios[Int(Double(ratios.count - 1) * 0.1)])...max(1, ratios[Int(Double(ratios.count - 1) * 0.9)])
        }
        for j in stride(from: maxLag - 1, through: 0, by: -1) {
            ranges[j] = min(ranges[j].lowerBound, ranges[j + 1].lowerBound)...max(ranges[j].upperBound, ranges[j + 1].upperBound)
        }
        return LagModel(evaluation: evaluation, maxLag: maxLag, factors: factors, completeness: completeness,
                        realisation: realisation, estimateRange: ranges)
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
        let arrivals = claimArrivals()
        let beschikt = regionBeschiktPerMonth()
        var errors: [Int: [(estimate: Double, naive: Double, inRange: Bool)]] = [:]
        if firstCut <= lastCut {
            for cut in firstCut...lastCut {
                let model = lagModel(evaluation: cut, arrivals: arrivals, beschiktPerMonth: beschikt, maxLag: maxLag)
                for lag in lags {
                    let m = cut.advanced(by: -lag)
                    let actual = Double(arrivals.received(m, through: ClaimArrivals.lagBuckets, evaluation: delivery.month)) / 100
                    guard actual > 0 else { continue }
                    let received = Double(arrivals.received(m, through: ClaimArrivals.lagBuckets, evaluation: cut)) / 100
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
