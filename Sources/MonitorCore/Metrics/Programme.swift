/// Programme figures outside the three 0-meting tables: contracted providers and the
/// Regionaal Matchingsteam (RMT) cases against their 2028 ambitions.
extension Dataset {
    /// Distinct providers with a contract period overlapping the period.
    public func contractedProviders(in period: Period) -> Int {
        Set(reference.contracts.filter { $0.overlaps(period) }.map(\.provider)).count
    }

    public func rmtSummary(year: Int) -> RMTSummary {
        let cases = reference.rmtCases.filter { $0.registered.year == year }
        var withinThreeMonths = 0, atContracted = 0
        // Only cases whose three months have passed can say whether an offer came in time.
        let due = cases.filter { $0.registered.addingMonths(3) <= horizon }.count
        for c in cases {
            guard let offered = c.offered, offered <= horizon else { continue }
            let deadline = c.registered.addingMonths(3)
            if deadline <= horizon && offered <= deadline { withinThreeMonths += 1 }
            if c.contracted { atContracted += 1 }
        }
        return RMTSummary(year: year, cases: cases.count, casesPastThreeMonths: due, offerWithinThreeMonths: withinThreeMonths, offerAtContractedProvider: atContracted)
    }
}

public struct RMTSummary: Sendable, Equatable {
    public let year: Int
    /// Cases registered (aanmelddatum) in the year.
    public let cases: Int
    /// Cases registered at least three months before the delivery date.
    public let casesPastThreeMonths: Int
    /// Cases with a fitting offer no later than three calendar months after registration.
    public let offerWithinThreeMonths: Int
    /// Cases whose fitting offer is at a contracted provider.
    public let offerAtContractedProvider: Int
}

extension Day {
    /// The same day `n` months later, clamped to the end of a shorter month (31 Jan + 1 = 28/29 Feb).
    public func addingMonths(_ n: Int) -> Day {
        let c = civil
        let target = Month(year: c.year, month: c.month).advanced(by: n)
        return Day(year: target.year, month: target.number, day: min(c.day, target.dayCount))!
    }
}
