/// Segment 2 clients against all youth-care clients and jeugdigen, per municipality,
/// subregion and region, for a period (the factsheet's subregion table).
public struct AreaFigures: Sendable, Equatable {
    public enum Kind: String, Sendable { case municipality = "gemeente", subregion = "subregio", region = "regio" }
    public let name: String
    public let kind: Kind
    /// Distinct clients with an allocation of a segment 2 product (segment = 2) in the period.
    public let segment2Clients: Int
    /// Distinct clients with any allocation in the period.
    public let youthCareClients: Int
    /// Jeugdigen on 1 January of the period's year; nil when inwoners.csv lacks it.
    public let youths: Int?

    public var shareOfYouthCare: Double? { youthCareClients > 0 ? Double(segment2Clients) / Double(youthCareClients) : nil }
    public var shareOfYouths: Double? { youths.flatMap { $0 > 0 ? Double(segment2Clients) / Double($0) : nil } }
}

extension Dataset {
    /// Per municipality, then per subregion, then the region; each counts a client once.
    public func segment2Areas(_ period: Period) -> [AreaFigures] {
        let year = period.first.year
        var s2 = Array(repeating: Set<Int32>(), count: municipalities.count)
        var all = Array(repeating: Set<Int32>(), count: municipalities.count)
        let segment = products.map(\.segment)
        for a in allocations where a.isActive(in: period) {
            all[a.municipality].insert(a.client)
            if segment[a.product] == 2 { s2[a.municipality].insert(a.client) }
        }
        func figures(_ name: String, _ kind: AreaFigures.Kind, _ members: [Int]) -> AreaFigures {
            let counts: [Int?] = members.map { self.youths(municipality: $0, year: year) }
            let total: Int? = counts.contains { $0 == nil } ? nil : counts.compactMap { $0 }.reduce(0, +)
            return AreaFigures(
                name: name, kind: kind,
                segment2Clients: members.reduce(into: Set<Int32>()) { $0.formUnion(s2[$1]) }.count,
                youthCareClients: members.reduce(into: Set<Int32>()) { $0.formUnion(all[$1]) }.count,
                youths: total)
        }
        var result = municipalities.indices.map { figures(municipalities[$0].name, .municipality, [$0]) }
        for subregion in subregions {
            result.append(figures(subregion, .subregion, municipalities.indices.filter { municipalities[$0].subregion == subregion }))
        }
        result.append(figures("Totaal", .region, Array(municipalities.indices)))
        return result
    }

    /// Subregions in alphabetical order, as the factsheet lists them.
    public var subregions: [String] { Array(Set(municipalities.map(\.subregion))).sorted() }

    /// Distinct clients with a segment 2 allocation (segment = 2) in the first half of each year.
    public func segment2FirstHalfYears() -> [(year: Int, clients: Int)] {
        (Dataset.firstDataMonth.year...delivery.month.year).map { year in
            (year, clients(activeIn: .firstHalf(of: year)) { products[$0.product].segment == 2 }.count)
        }
    }
}

/// Clients in residence per month: S1-verblijf, segment 2 (gezinsnabij and wonen), their
/// union, and each segment 2 product.
public struct ResidentialMonthlyTable: Sendable, Equatable {
    public let months: [Month]
    public let segment1: [Int]
    public let segment2: [Int]
    public let total: [Int]
    /// Product codes of the segment 2 residential products, and their counts per month.
    public let productCodes: [String]
    public let byProduct: [[Int]]
}

extension Dataset {
    public func residentialMonthly() -> ResidentialMonthlyTable {
        let months = self.months
        let s2Products = segment2Products
        let residence = products.map(\.residence)
        var s1 = [Int](), s2 = [Int](), total = [Int](), byProduct = Array(repeating: [Int](), count: s2Products.count)
        let productSlot = Dictionary(uniqueKeysWithValues: s2Products.enumerated().map { ($1, $0) })
        // Residential allocations only: a few thousand rows, scanned once per month.
        let residential = allocations.filter { residence[$0.product] != .none }
        for m in months {
            let period = Period(month: m)
            var one = Set<Int32>(), two = Set<Int32>()
            var perProduct = Array(repeating: Set<Int32>(), count: s2Products.count)
            for a in residential where a.isActive(in: period) {
                if residence[a.product] == .s1Residential { one.insert(a.client) } else { two.insert(a.client) }
                if let slot = productSlot[a.product] { perProduct[slot].insert(a.client) }
            }
            s1.append(one.count); s2.append(two.count); total.append(one.union(two).count)
            for i in perProduct.indices { byProduct[i].append(perProduct[i].count) }
        }
        return ResidentialMonthlyTable(months: months, segment1: s1, segment2: s2, total: total,
                                       productCodes: s2Products.map { products[$0].code }, byProduct: byProduct)
    }
}
