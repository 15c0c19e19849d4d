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
    public func residentialClients() -> ResidentialTable {
        let years = Array(self.years), active = ActiveYears(self.years)
        let residence = products.map(\.residence)
        // Per year: per municipality and class, and region-wide per class and segment.
        var perMunicipality = years.map { _ in Array(repeating: Array(repeating: clientSet(), count: 3), count: municipalities.count) }
        var regionClass = years.map { _ in Array(repeating: clientSet(), count: 3) }
        var regionS1 = years.map { _ in clientSet() }, regionS2 = years.map { _ in clientSet() }
        for a in allocations {
            let r = residence[a.product]
            guard r != .none else { continue }
            let slot = r == .s1Residential ? 0 : (r == .s2FamilyLike ? 1 : 2)
            for y in active.of(a) {
                perMunicipality[y][a.municipality][slot].insert(a.client)
                regionClass[y][slot].insert(a.client)
                if slot == 0 { regionS1[y].insert(a.client) } else { regionS2[y].insert(a.client) }
            }
        }
        return ResidentialTable(
            years: years, segment1: regionS1.map(\.count), segment2: regionS2.map(\.count),
            total: years.indices.map { regionS1[$0].unionCount(regionS2[$0]) },
            byMunicipality: perMunicipality.map { $0.map { .init(s1Residential: $0[0].count, s2FamilyLike: $0[1].count, s2Living: $0[2].count) } },
            regionByClass: regionClass.map { .init(s1Residential: $0[0].count, s2FamilyLike: $0[1].count, s2Living: $0[2].count) })
    }
}
