/// Youths in residence over time, for the Segment 2 screen's trend panel: monthly series since
/// January 2021, segment 2 in each first half year, and the verblijf count per year against
/// the 2028 ambition.
public struct Segment2Trend: Sendable {
    public let months: [Month]
    public let series: [(label: String, values: [Int])]
    public let firstHalfYears: [(year: Int, clients: Int)]
    /// Youths with a verblijfsindicatie per report year, and the 2028 target.
    public let residentialPerYear: [(year: Int, clients: Int)]
    public let target: Int
    /// The delivery's year while it is still running (its figures are not yet a full year).
    public let runningYear: Int?

    /// How far the last full year is above the target (negative or 0: met); a running year is
    /// never compared with the full-year target.
    public var latestGap: (year: Int, gap: Int)? {
        residentialPerYear.last { $0.year != runningYear }.map { ($0.year, $0.clients - target) }
    }
}

extension Dataset {
    public func segment2Trend() -> Segment2Trend {
        let t = residentialMonthly()
        let r = residentialClients()
        return Segment2Trend(
            months: t.months,
            series: [("S1-verblijf", t.segment1), ("Segment 2", t.segment2), ("Totaal", t.total)]
                + zip(t.productCodes, t.byProduct).map { code, values in
                    ("\(code) \(productIndex[code].map { products[$0].description } ?? "")", values)
                },
            firstHalfYears: segment2FirstHalfYears(),
            residentialPerYear: Array(zip(r.years, r.total)),
            target: ProgrammeTargets.residentialAtMost,
            runningYear: delivery.month.number < 12 ? delivery.month.year : nil)
    }
}
