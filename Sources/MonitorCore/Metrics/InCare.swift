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
        let years = Array(self.years), active = ActiveYears(self.years)
        var perMunicipality = years.map { _ in Array(repeating: clientSet(), count: municipalities.count) }
        for a in allocations {
            for y in active.of(a) { perMunicipality[y][a.municipality].insert(a.client) }
        }
        return InCareTable(years: years, counts: perMunicipality.map { $0.map(\.count) },
                           region: perMunicipality.map { ClientSet(union: $0).count })
    }
}

/// Relative change `current / previous − 1`; nil when there is no base.
public func development(from previous: Double, to current: Double) -> Double? {
    previous == 0 ? nil : current / previous - 1
}
