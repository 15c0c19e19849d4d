import MonitorCore

/// The optional plaatsingen files (contract §7.9): one row per residential allocation, for
/// every municipality except two (so the coverage of the four ambitions shows), with some
/// values unknown. Each row draws from its own stream, so the older cut holds the same values.
enum Placements {
    /// Laarbeek and Son en Breugel deliver no plaatsingen file yet.
    static let withoutFile: Set<String> = ["1659", "0848"]

    static func add(to delivery: inout Delivery, municipalities: [Municipality]) {
        let residential = Set(Catalogue.specs.filter { $0.product.residence != .none }.map(\.product.code))
        delivery.placementFiles = Set(municipalities.map(\.code)).subtracting(withoutFile)
        let rows = delivery.allocations.filter { !$0.isRemoved && residential.contains($0.product) && delivery.placementFiles.contains($0.municipality) }
        // A youth who stays at a place keeps its distance and size over successive allocations.
        var firstYear: [String: Int] = [:]
        for a in rows { firstYear[place(a)] = min(firstYear[place(a)] ?? .max, a.start.civil.year) }
        delivery.placements = rows.map { placement(of: $0, placedIn: firstYear[place($0)]!) }
    }

    static func place(_ a: Allocation) -> String { "\(a.municipality)-\(a.client)-\(a.provider)-\(a.product)" }

    /// The region improves year by year: a place (its size, distance, schooling) by the year
    /// the youth came there, a Verklarende Analyse by the allocation's start. That is the
    /// trend the Ambities screen extrapolates. Before the programme (2023) a Verklarende
    /// Analyse was mostly not recorded.
    static func placement(of a: Allocation, placedIn year: Int) -> Placement {
        var rng = SplitMix64.stream("placement-\(a.municipality)-\(a.number)")
        var site = SplitMix64.stream("place-" + place(a))
        let t = Double(min(max(a.start.civil.year, 2021), 2026) - 2023)
        let placed = Double(min(max(year, 2021), 2026) - 2023)
        func known(_ unknownRate: Double, _ yes: Double) -> Bool? {
            let isKnown = !rng.chance(unknownRate)
            let value = rng.chance(yes)
            return isKnown ? value : nil
        }
        let smallScale = site.chance(0.80 + 0.035 * placed)
        let km = (site.logNormal(median: 14 - 0.6 * placed, sigma: 0.9) * 10).rounded() / 10
        let smallScaleKnown = !rng.chance(0.06)
        let education = site.chance(0.84 + 0.01 * placed)
        let educationKnown = !rng.chance(0.10)
        let distanceKnown = !rng.chance(0.08)
        let analysis = known(t < 0 ? 0.6 : 0.12, 0.45 + 0.08 * t)
        return Placement(municipality: a.municipality, allocationNumber: a.number, distanceKm: distanceKnown ? km : nil,
                         smallScale: smallScaleKnown ? smallScale : nil, education: educationKnown ? education : nil, explanatoryAnalysis: analysis)
    }

    /// The older cut knows the plaatsingen of the allocations it holds.
    static func cut(_ newest: Delivery, to older: inout Delivery) {
        var numbers: [String: Set<String>] = [:]
        for a in older.allocations { numbers[a.municipality, default: []].insert(a.number) }
        older.placementFiles = newest.placementFiles
        older.placements = newest.placements.filter { numbers[$0.municipality]?.contains($0.allocationNumber) ?? false }
    }
}
