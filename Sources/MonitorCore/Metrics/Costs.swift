/// Zorgkosten from the annual accounts (jaarrekening.csv), and the factsheet's
/// average cost per client from the claims.
public struct AnnualCostsTable: Sendable, Equatable {
    public let years: [Int]
    /// `costs[yearIndex][municipalityIndex]`; nil where the accounts are not (yet) delivered.
    public let costs: [[Double?]]

    /// The region's total: nil unless every municipality reported the year.
    public func region(_ yearIndex: Int) -> Double? {
        let values = costs[yearIndex]
        return values.contains { $0 == nil } ? nil : values.compactMap { $0 }.reduce(0, +)
    }

    /// The development of a year against the calendar year before it: nil when that year is
    /// missing (no comparison across a gap) or either value is unknown. `value` reads a year index.
    public func development(_ yearIndex: Int, _ value: (Int) -> Double?) -> Double? {
        guard yearIndex > 0, years[yearIndex - 1] == years[yearIndex] - 1,
              let now = value(yearIndex), let before = value(yearIndex - 1) else { return nil }
        return MonitorCore.development(from: before, to: now)
    }
}

public struct CostPerClient: Sendable, Equatable {
    public enum Group: String, CaseIterable, Sendable {
        case all = "jeugdhulp"
        case s1Residential = "S1-verblijf"
        case segment2 = "S2"
        case other = "overig"

        public var label: String {
            switch self {
            case .all: "Alle jeugdhulp"
            case .s1Residential: "Segment 1 verblijf"
            case .segment2: "Segment 2 wonen"
            case .other: "Overige jeugdhulp"
            }
        }
    }

    public let year: Int
    public let group: Group
    public let clients: Int
    /// Gedeclareerd with zorgmaand in the year, received by the delivery date.
    public let costs: Double
    public var perClient: Double? { clients > 0 ? costs / Double(clients) : nil }
}

extension Dataset {
    public func annualCosts() -> AnnualCostsTable {
        let years = Array(Set(reference.annualAccounts.map(\.year))).sorted()
        var costs = Array(repeating: [Double?](repeating: nil, count: municipalities.count), count: years.count)
        for a in reference.annualAccounts {
            guard let yi = years.firstIndex(of: a.year), let mi = municipalityIndex[a.municipality] else { continue }
            costs[yi][mi] = a.careCosts
        }
        return AnnualCostsTable(years: years, costs: costs)
    }

    /// The factsheet's averages: all youth care, S1-verblijf, segment 2 and the rest. Groups are
    /// by product class; "overig" is what is left: costs of the other products over the clients
    /// who were in neither residence group that year.
    /// - Parameter area: whose allocations and claims count; the region by default.
    public func costPerClient(year: Int, area: Area? = nil) -> [CostPerClient] {
        let period = Period(year: year)
        let residence = products.map(\.residence)
        var inArea = Array(repeating: area == nil, count: municipalities.count)
        for m in area?.members ?? [] { inArea[m] = true }
        var all = Set<Int32>(), s1 = Set<Int32>(), s2 = Set<Int32>()
        for a in allocations where inArea[a.municipality] && a.isActive(in: period) {
            all.insert(a.client)
            switch residence[a.product] {
            case .s1Residential: s1.insert(a.client)
            case .s2FamilyLike, .s2Living: s2.insert(a.client)
            case .none: break
            }
        }
        var cents: [ResidenceClass: Int64] = [:]
        for c in claims where c.careMonth.year == year && c.received <= horizon && inArea[allocations[c.allocation].municipality] {
            cents[residence[allocations[c.allocation].product], default: 0] += c.amountCents
        }
        let total = Double(cents.values.reduce(0, +)) / 100
        let s1Costs = Double(cents[.s1Residential] ?? 0) / 100
        let s2Costs = Double((cents[.s2FamilyLike] ?? 0) + (cents[.s2Living] ?? 0)) / 100
        return [
            CostPerClient(year: year, group: .all, clients: all.count, costs: total),
            CostPerClient(year: year, group: .s1Residential, clients: s1.count, costs: s1Costs),
            CostPerClient(year: year, group: .segment2, clients: s2.count, costs: s2Costs),
            CostPerClient(year: year, group: .other, clients: all.count - s1.union(s2).count, costs: total - s1Costs - s2Costs),
        ]
    }
}
