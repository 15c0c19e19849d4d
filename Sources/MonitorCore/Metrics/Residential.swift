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
        let years = Array(self.years)
        let residence = products.map(\.residence)
        var s1: [Int] = [], s2: [Int] = [], total: [Int] = []
        var byMunicipality: [[ResidentialTable.ClassCounts]] = []
        var regionByClass: [ResidentialTable.ClassCounts] = []
        for year in years {
            let period = Period(year: year)
            // Per municipality and class, and region-wide per class and segment.
            var perMunicipality = Array(repeating: Array(repeating: clientSet(), count: 3), count: municipalities.count)
            var regionClass = Array(repeating: clientSet(), count: 3)
            var regionS1 = clientSet(), regionS2 = clientSet()
            for a in allocations {
                let r = residence[a.product]
                guard r != .none, a.isActive(in: period) else { continue }
                let slot = r == .s1Residential ? 0 : (r == .s2FamilyLike ? 1 : 2)
                perMunicipality[a.municipality][slot].insert(a.client)
                regionClass[slot].insert(a.client)
                if slot == 0 { regionS1.insert(a.client) } else { regionS2.insert(a.client) }
            }
            s1.append(regionS1.count)
            s2.append(regionS2.count)
            total.append(regionS1.unionCount(regionS2))
            byMunicipality.append(perMunicipality.map {
                .init(s1Residential: $0[0].count, s2FamilyLike: $0[1].count, s2Living: $0[2].count)
            })
            regionByClass.append(.init(s1Residential: regionClass[0].count, s2FamilyLike: regionClass[1].count, s2Living: regionClass[2].count))
        }
        return ResidentialTable(
            years: years, segment1: s1, segment2: s2, total: total,
            byMunicipality: byMunicipality, regionByClass: regionByClass)
    }
}
