/// Building blocks of every figure: the contract's definitions of "active",
/// beschikt, contracted and maatwerk, evaluated on indexed records.
extension Dataset {
    /// Distinct clients with an active allocation in `period` that passes `include`,
    /// optionally restricted to one municipality (index into `municipalities`).
    public func clients(
        activeIn period: Period, municipality: Int? = nil,
        where include: (AllocationRecord) -> Bool = { _ in true }
    ) -> Set<Int32> {
        var result = Set<Int32>()
        for a in allocations where a.isActive(in: period) {
            if let m = municipality, a.municipality != m { continue }
            if include(a) { result.insert(a.client) }
        }
        return result
    }

    /// Distinct clients per municipality (indexed like `municipalities`) plus the region,
    /// where the region counts each client once even when active in several municipalities.
    public func clientCounts(
        activeIn period: Period, where include: (AllocationRecord) -> Bool = { _ in true }
    ) -> (byMunicipality: [Int], region: Int) {
        var perMunicipality = Array(repeating: clientSet(), count: municipalities.count)
        var region = clientSet()
        for a in allocations where a.isActive(in: period) && include(a) {
            perMunicipality[a.municipality].insert(a.client)
            region.insert(a.client)
        }
        return (perMunicipality.map(\.count), region.count)
    }

    /// The product's tarief in a calendar year, nil when tarieven.csv has none.
    public func tariff(product: Int, year: Int) -> Double? { tariffTable[TariffKey(product: product, year: year)] }

    /// Beschikt bedrag of an allocation in month `m` (data contract §5): with `d` the days
    /// of m inside the allocation (open end clipped at the delivery month's end), `D` the days
    /// of m, `T` the allocation's total days and `p` the tarief (1 for eenheid 83, euro's):
    /// per dag `volume·p·d`, per week `volume·p·d/7`, per maand `volume·p·d/D`,
    /// totaal `volume·p·d/T`. Unrounded.
    public func beschikt(_ a: AllocationRecord, in m: Month) -> Double {
        let last = a.end.map { min($0, horizon) } ?? horizon
        let first = max(a.start, m.firstDay)
        let through = min(last, m.lastDay)
        guard first <= through else { return 0 }
        let d = Double(through - first + 1)
        let p: Double
        if a.unit == .euros {
            p = 1
        } else {
            guard let t = tariff(product: a.product, year: m.year) else { return 0 }
            p = t
        }
        let volume = Double(a.volume)
        switch a.frequency {
        case .perDay: return volume * p * d
        case .perWeek: return volume * p * d / 7
        case .perMonth: return volume * p * d / Double(m.dayCount)
        case .totalInPeriod:
            // T is the allocation's own length: its einddatum may lie past the delivery date,
            // where only `d` is clipped (an open end, which frequentie 6 should not have, is too).
            let total = Double((a.end ?? horizon) - a.start + 1)
            return total > 0 ? volume * p * d / total : 0
        }
    }

    /// Contract periods of a provider for a product.
    public func contracts(provider: Int, product: Int) -> [Contract] {
        contractTable[ContractKey(provider: provider, product: product)] ?? []
    }

    /// Contracted in month m: one of the provider's contract periods for the product overlaps m.
    public func isContracted(provider: Int, product: Int, in m: Month) -> Bool {
        contracts(provider: provider, product: product).contains { $0.overlaps(Period(month: m)) }
    }

    /// Contracted on one day.
    public func isContracted(provider: Int, product: Int, on day: Day) -> Bool {
        contracts(provider: provider, product: product).contains { $0.covers(day) }
    }

    /// Maatwerk: on its ingangsdatum the provider has no contract for the product.
    public func isCustomArrangement(_ a: AllocationRecord) -> Bool {
        !isContracted(provider: a.provider, product: a.product, on: a.start)
    }

    /// Gedeclareerd in cents: claims passing `include`, as far as received on `receivedBy`
    /// (default: the delivery date, the end of the delivery month).
    public func claimedCents(receivedBy: Day? = nil, where include: (ClaimRecord) -> Bool) -> Int64 {
        let cutoff = receivedBy ?? horizon
        var total: Int64 = 0
        for c in claims where c.received <= cutoff && include(c) { total += c.amountCents }
        return total
    }
}

struct TariffKey: Hashable { var product: Int; var year: Int }
struct ContractKey: Hashable { var provider: Int; var product: Int }
