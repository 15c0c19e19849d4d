/// Unieke cliënten in verblijf (0-meting table 2) and verblijf per gemeente (table 3).
public struct ResidentialTable: Sendable, Equatable {
    public let years: [Int]
    /// Region per year: S1-verblijf, S2 (gezinsnabij ∪ wonen) and the union, each client once.
    public let segment1: [Int]
    public let segment2: [Int]
    public let total: [Int]
    /// `byMunicipality[yearIndex][municipalityIndex]` per class.
    public let byMunicipality: [[ClassCounts]]
    /// Region per year per class (each client once).
    public let regionByClass: [ClassCounts]

    public struct ClassCounts: Sendable, Equatable {
        public var s1Residential = 0
        public var s2FamilyLike = 0
        public var s2Living = 0

        public subscript(_ c: ResidenceClass) -> Int {
            switch c {
            case .s1Residential: s1Residential
            case .s2FamilyLike: s2FamilyLike
            case .s2Living: s2Living
            case .none: 0
            }
        }
    }
}

extension Dataset {
    public func residentialClients() -> ResidentialTable { residential.value(countResidentialClients) }

    private func countResidentialClients() -> ResidentialTable {
        let years = Array(self.years), active = ActiveYears(self.years)
        let residence = products.map(\.residence)
        // Per year, municipality and class; the region's sets are their unions.
        var perMunicipality = years.map { _ in Array(repeating: Array(repeating: clientSet(), count: 3), count: municipalities.count) }
        for a in allocations {
            let r = residence[a.product]
            guard r != .none else { continue }
            let slot = r == .s1Residential ? 0 : (r == .s2FamilyLike ? 1 : 2)
            for y in active.of(a) { perMunicipality[y][a.municipality][slot].insert(a.client) }
        }
        let regionClass = perMunicipality.map { sets in (0..<3).map { slot in ClientSet(union: sets.map { $0[slot] }) } }
        let regionS2 = regionClass.map { ClientSet(union: [$0[1], $0[2]]) }
        return ResidentialTable(
            years: years, segment1: regionClass.map(\.[0].count), segment2: regionS2.map(\.count),
            total: years.indices.map { ClientSet(union: [regionClass[$0][0], regionS2[$0]]).count },
            byMunicipality: perMunicipality.map { $0.map { .init(s1Residential: $0[0].count, s2FamilyLike: $0[1].count, s2Living: $0[2].count) } },
            regionByClass: regionClass.map { .init(s1Residential: $0[0].count, s2FamilyLike: $0[1].count, s2Living: $0[2].count) })
    }
}
