/// A straight line through points by least squares: the trend of an ambition per year.
public struct LeastSquaresLine: Sendable, Equatable {
    public let slope: Double
    public let intercept: Double

    /// nil with fewer than two distinct x values.
    public init?(_ points: [(x: Double, y: Double)]) {
        guard points.count >= 2 else { return nil }
        let n = Double(points.count)
        let mx = points.map(\.x).reduce(0, +) / n, my = points.map(\.y).reduce(0, +) / n
        let sxx = points.map { ($0.x - mx) * ($0.x - mx) }.reduce(0, +)
        guard sxx > 0 else { return nil }
        slope = points.map { ($0.x - mx) * ($0.y - my) }.reduce(0, +) / sxx
        intercept = my - slope * mx
    }

    public func value(at x: Double) -> Double { intercept + slope * x }
}

/// Whether an ambition is on course for 2028 (contract §7.7): only full years are compared
/// with the full-year target; a running year never is.
public struct AmbitionPace: Sendable {
    public let ambition: Ambition
    public let baselineYear: Int?
    public let baseline: Double?
    public let lastFullYear: Int?
    public let lastValue: Double?
    public let target: Double?
    public let trendPerYear: Double?
    public let prognosis2028: Double?
    public let neededPerYear: Double?
    public let onCourse: Bool?
    /// The figure over the 12 months up to the delivery month, where the ambition has one.
    public let lastTwelveMonths: Double?
    /// For small-cell protection (contract §7.10), the counts of people each figure rests on:
    /// the 0-meting's, the last full year's, those of every full year (trend, prognosis, pace)
    /// and the last 12 months'.
    public let baselineBases: [Int], lastValueBases: [Int], fullYearBases: [Int], lastTwelveMonthsBases: [Int]

    /// - Parameters:
    ///   - years: the years of `ambition.values`.
    ///   - lastCompleteYear: the last calendar year that ended on or before the horizon.
    public init(_ ambition: Ambition, years: [Int], lastCompleteYear: Int, lastTwelveMonths: Double?, lastTwelveMonthsBases: [Int] = []) {
        self.ambition = ambition
        self.lastTwelveMonths = lastTwelveMonths
        self.lastTwelveMonthsBases = lastTwelveMonthsBases
        let known = zip(years, ambition.values).enumerated().compactMap { i, p in
            p.1.numericValue.map { (year: p.0, value: $0, bases: ambition.bases[safe: i] ?? []) }
        }
        let start = known.first { $0.year == ProgrammeTargets.baselineYear } ?? known.first
        baselineYear = start?.year
        baseline = start?.value
        let full = known.filter { start != nil && $0.year >= start!.year && $0.year <= lastCompleteYear }
        lastFullYear = full.last?.year
        lastValue = full.last?.value
        baselineBases = start?.bases ?? []
        lastValueBases = full.last?.bases ?? []
        fullYearBases = full.flatMap(\.bases)
        switch ambition.target {
        case .atMost(let n): target = Double(n)
        case .atLeastShare(let s): target = s
        case .belowBaseline: target = start?.value
        }
        let line = LeastSquaresLine(full.map { (Double($0.year), $0.value) })
        trendPerYear = line?.slope
        prognosis2028 = line?.value(at: Double(ProgrammeTargets.targetYear))
        if let target, let lastValue, let lastFullYear, lastFullYear < ProgrammeTargets.targetYear {
            neededPerYear = (target - lastValue) / Double(ProgrammeTargets.targetYear - lastFullYear)
        } else {
            neededPerYear = nil
        }
        if let p = prognosis2028, let target {
            switch ambition.target {
            case .atMost: onCourse = p <= target
            case .atLeastShare: onCourse = p >= target
            case .belowBaseline: onCourse = p < target
            }
        } else {
            onCourse = nil
        }
    }
}

extension Dataset {
    /// The last calendar year that ended on or before the horizon.
    public var lastCompleteYear: Int { delivery.month.number == 12 ? delivery.month.year : delivery.month.year - 1 }

    /// The 12 months up to and including the delivery month.
    public var lastTwelveMonths: Period { Period(first: delivery.month.advanced(by: -11).firstDay, last: horizon) }

    public func ambitionPace() -> [AmbitionPace] {
        let window = lastTwelveMonths
        let years = Array(self.years)
        let recentPlacements = hasPlacements ? placementFigures(in: window) : nil
        return ambitions().map { a in
            let recent: Double?
            // The counts of people the figure rests on, for small-cell protection.
            var bases: [Int] = []
            func placements(_ s: CoveredShare?) -> Double? {
                bases = s.map { [$0.part, $0.measured] } ?? []
                return s?.share
            }
            switch a.id {
            case "verblijf":
                let clients = Set(allocations.filter { products[$0.product].residence != .none && $0.isActive(in: window) }.map(\.client)).count
                recent = Double(clients)
                bases = [clients]
            case "maatwerk":
                let count = allocations.filter { $0.isActive(in: window) && isCustomArrangement($0) }.count
                recent = Double(count)
                bases = [count]
            case "trajectduur":
                let days = trajectories().compactMap { t -> Int? in
                    guard let end = t.end, end >= window.first, end <= window.last else { return nil }
                    return t.durationDays
                }.sorted()
                recent = TrajectoryDurationTable.summarize(days).medianDays
                bases = [days.count]
            case "kleinschalig": recent = placements(recentPlacements?.smallScale)
            case "onderwijs": recent = placements(recentPlacements?.education)
            case "nabij": recent = placements(recentPlacements?.withinFifteenKm)
            case "verklarende-analyse": recent = placements(recentPlacements?.explanatoryAnalysis)
            default:
                recent = nil
            }
            return AmbitionPace(a, years: years, lastCompleteYear: lastCompleteYear, lastTwelveMonths: recent, lastTwelveMonthsBases: bases)
        }
    }
}
