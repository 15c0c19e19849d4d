/// Beschikt and gedeclareerd per month and municipality, January 2021 up to the delivery month.
public struct MonthlyAmountsTable: Sendable, Equatable {
    public let months: [Month]
    /// Euros, unrounded: `beschikt[monthIndex][municipalityIndex]`.
    public let beschikt: [[Double]]
    /// Euro cents received by the delivery date (the end of the delivery month): `declared[monthIndex][municipalityIndex]`.
    public let declaredCents: [[Int64]]

    public func regionBeschikt(_ monthIndex: Int) -> Double { beschikt[monthIndex].reduce(0, +) }
    public func regionDeclaredCents(_ monthIndex: Int) -> Int64 { declaredCents[monthIndex].reduce(0, +) }
}

extension Dataset {
    public func monthlyAmounts() -> MonthlyAmountsTable {
        let months = self.months
        guard let first = months.first else { return MonthlyAmountsTable(months: [], beschikt: [], declaredCents: []) }
        let zeroRow = Array(repeating: 0.0, count: municipalities.count)
        var amounts = Array(repeating: zeroRow, count: months.count)
        var declared = Array(repeating: Array(repeating: Int64(0), count: municipalities.count), count: months.count)
        for a in allocations {
            // Only the months the allocation touches, clipped to the monitor's window.
            let from = max(a.start.month, first)
            let through = min((a.end ?? horizon).month, delivery.month)
            guard from <= through else { continue }
            for m in from...through {
                amounts[first.distance(to: m)][a.municipality] += beschikt(a, in: m)
            }
        }
        // Claims received after the delivery date are not known on it.
        for c in claims where c.received <= horizon {
            let i = first.distance(to: c.careMonth)
            guard i >= 0, i < months.count else { continue }
            declared[i][allocations[c.allocation].municipality] += c.amountCents
        }
        return MonthlyAmountsTable(months: months, beschikt: amounts, declaredCents: declared)
    }
}

extension Dataset {
    /// Distinct clients with an active allocation per month (January 2021 up to the delivery)
    /// and municipality, and for the region (each client once): the divisor of cost per client.
    public func clientsPerMonth() -> (byMunicipality: [[Int]], region: [Int]) {
        let months = self.months
        guard let first = months.first else { return ([], []) }
        var perMunicipality = Array(repeating: Array(repeating: Set<Int32>(), count: municipalities.count), count: months.count)
        var region = Array(repeating: Set<Int32>(), count: months.count)
        for a in allocations {
            let from = max(a.start.month, first), through = min((a.end ?? horizon).month, delivery.month)
            guard from <= through else { continue }
            for m in from...through {
                let i = first.distance(to: m)
                perMunicipality[i][a.municipality].insert(a.client)
                region[i].insert(a.client)
            }
        }
        return (perMunicipality.map { $0.map(\.count) }, region.map(\.count))
    }

    /// Gedeclareerd per product in a year (received by the delivery date) and the product's
    /// clients that year, for one municipality or (nil) the region; most costly first.
    public func productCosts(year: Int, municipality: Int?) -> [(product: Int, clients: Int, costs: Double)] {
        var cents: [Int: Int64] = [:]
        for c in claims where c.careMonth.year == year && c.received <= horizon {
            let a = allocations[c.allocation]
            if let m = municipality, a.municipality != m { continue }
            cents[a.product, default: 0] += c.amountCents
        }
        var clients: [Int: Set<Int32>] = [:]
        for a in allocations where a.isActive(in: Period(year: year)) {
            if let m = municipality, a.municipality != m { continue }
            clients[a.product, default: []].insert(a.client)
        }
        return cents.map { (product: $0.key, clients: clients[$0.key]?.count ?? 0, costs: Double($0.value) / 100) }
            .sorted { $0.costs > $1.costs }
    }
}
