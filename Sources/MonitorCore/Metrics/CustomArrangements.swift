/// Maatwerkvoorzieningen: allocations active in the year whose provider had no contract
/// for the product on the allocation's ingangsdatum.
public struct CustomArrangementTable: Sendable, Equatable {
    public let years: [Int]
    /// `counts[yearIndex][municipalityIndex]`
    public let counts: [[Int]]
    /// Allocations belong to one municipality, so the region is the sum.
    public var region: [Int] { counts.map { $0.reduce(0, +) } }
}

extension Dataset {
    public func customArrangements() -> CustomArrangementTable {
        let years = Array(self.years)
        var counts = Array(repeating: Array(repeating: 0, count: municipalities.count), count: years.count)
        for a in allocations where isCustomArrangement(a) {
            for (i, year) in years.enumerated() where a.isActive(in: Period(year: year)) {
                counts[i][a.municipality] += 1
            }
        }
        return CustomArrangementTable(years: years, counts: counts)
    }
}
