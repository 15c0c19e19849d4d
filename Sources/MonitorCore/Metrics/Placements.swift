/// A share measured where the value is known, with its coverage (contract §7.9):
/// `measured` is the denominator of the share (rows with a known value), `total` the same
/// count without the "known value" condition.
public struct CoveredShare: Sendable, Equatable {
    public let part: Int
    public let measured: Int
    public let total: Int

    public init(part: Int, measured: Int, total: Int) {
        self.part = part; self.measured = measured; self.total = total
    }

    /// nil when nothing was measured.
    public var share: Double? { measured > 0 ? Double(part) / Double(measured) : nil }
    /// The share of the rows whose value is known.
    public var coverage: Double? { total > 0 ? Double(measured) / Double(total) : nil }
}

/// The four ambitions measured from the plaatsingen files, over one period (contract §7.9).
public struct PlacementFigures: Sendable, Equatable {
    /// Allocations with `kleinschalig` J / with J or N.
    public let smallScale: CoveredShare
    /// Clients with `onderwijs` J on any allocation / clients with J or N on any.
    public let education: CoveredShare
    /// Clients all of whose known distances are ≤ 15 km / clients with a known distance.
    public let withinFifteenKm: CoveredShare
    /// Among allocations starting in the period: `verklarende_analyse` J / J or N.
    public let explanatoryAnalysis: CoveredShare
}

extension Dataset {
    /// The distance limit of the "binnen 15 km" ambition.
    public static let nearbyKm = 15.0

    /// Whether any municipality delivered a plaatsingen file: without one, the four
    /// ambitions have no data at all (rather than a coverage of 0).
    public var hasPlacements: Bool { !delivery.placementFiles.isEmpty }

    /// The four figures over the residential allocations (verblijf not `geen`) active in
    /// `period`. An allocation without a plaatsing row counts as unknown on every value.
    public func placementFigures(in period: Period) -> PlacementFigures {
        let residence = products.map(\.residence)
        var smallScale = (part: 0, measured: 0, total: 0)
        var analysis = (part: 0, measured: 0, total: 0)
        // Per client: education J seen / J or N seen; distances known and all ≤ 15 km.
        var clients: [Int32: (educated: Bool, educationKnown: Bool, distanceKnown: Bool, allNear: Bool)] = [:]
        for (index, a) in allocations.enumerated() where residence[a.product] != .none && a.isActive(in: period) {
            let p = placements[index]
            smallScale.total += 1
            if let small = p?.smallScale {
                smallScale.measured += 1
                if small { smallScale.part += 1 }
            }
            if period.contains(a.start) {
                analysis.total += 1
                if let done = p?.explanatoryAnalysis {
                    analysis.measured += 1
                    if done { analysis.part += 1 }
                }
            }
            var c = clients[a.client] ?? (false, false, false, true)
            if let education = p?.education {
                c.educationKnown = true
                if education { c.educated = true }
            }
            if let km = p?.distanceKm {
                c.distanceKnown = true
                if km > Dataset.nearbyKm { c.allNear = false }
            }
            clients[a.client] = c
        }
        let known = clients.values
        return PlacementFigures(
            smallScale: CoveredShare(part: smallScale.part, measured: smallScale.measured, total: smallScale.total),
            education: CoveredShare(part: known.filter(\.educated).count, measured: known.filter(\.educationKnown).count, total: clients.count),
            withinFifteenKm: CoveredShare(part: known.filter { $0.distanceKnown && $0.allNear }.count,
                                          measured: known.filter(\.distanceKnown).count, total: clients.count),
            explanatoryAnalysis: CoveredShare(part: analysis.part, measured: analysis.measured, total: analysis.total))
    }
}
