/// Jeugdigen in zorg: distinct clients with an active allocation of the municipality in the year.
public struct InCareTable: Sendable, Equatable {
    /// Report years, ascending (2022 up to the delivery's year).
    public let years: [Int]
    /// `counts[yearIndex][municipalityIndex]`
    public let counts: [[Int]]
    /// Region per year: each client once, even when active in several municipalities.
    public let region: [Int]

    public func count(year: Int, municipality: Int) -> Int? {
        years.firstIndex(of: year).map { counts[$0][municipality] }
    }
    public func regionCount(year: Int) -> Int? { years.firstIndex(of: year).map { region[$0] } }
}

extension Dataset {
    public func youthsInCare() -> InCareTable {
        let years = Array(self.years)
        var counts: [[Int]] = []
        var region: [Int] = []
        for year in years {
            let c = clientCounts(activeIn: Period(year: year))
            counts.append(c.byMunicipality)
            region.append(c.region)
        }
        return InCareTable(years: years, counts: counts, region: region)
    }
}

/// Relative change `current / previous − 1`; nil when there is no base.
public func development(from previous: Double, to current: Double) -> Double? {
    previous == 0 ? nil : current / previous - 1
}
