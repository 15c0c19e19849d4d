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
    /// - Parameter include: which products count (all by default), e.g. one segment or category.
    public func monthlyAmounts(products include: (Product) -> Bool = { _ in true }) -> MonthlyAmountsTable {
        let included = products.map(include)
        let months = self.months
        guard let first = months.first else { return MonthlyAmountsTable(months: [], beschikt: [], declaredCents: []) }
        let zeroRow = Array(repeating: 0.0, count: municipalities.count)
        var amounts = Array(repeating: zeroRow, count: months.count)
        var declared = Array(repeating: Array(repeating: Int64(0), count: municipalities.count), count: months.count)
        for a in allocations where included[a.product] {
            // Only the months the allocation touches, clipped to the monitor's window.
            let from = max(a.start.month, first)
            let through = min((a.end ?? horizon).month, delivery.month)
            guard from <= through else { continue }
            for m in from...through {
                amounts[first.distance(to: m)][a.municipality] += beschikt(a, in: m)
            }
        }
        // Claims received after the delivery date are not known on it.
        for c in claims where c.received <= horizon && included[allocations[c.allocation].product] {
            let i = first.distance(to: c.careMonth)
            guard i >= 0, i < months.count else { continue }
            declared[i][allocations[c.allocation].municipality] += c.amountCents
        }
        return MonthlyAmountsTable(months: months, beschikt: amounts, declaredCents: declared)
    }
}

extension Dataset {
    /// Distinct clients with an active allocation per month (January 2021 up to the delivery)
    /// for each group of municipalities (a municipality, a subregion, the region), each client
    /// once per group: the divisor of cost per client.
    /// - Returns: `counts[monthIndex][groupIndex]`.
    public func clientsPerMonth(groups: [[Int]], products include: (Product) -> Bool = { _ in true }) -> [[Int]] {
        let months = self.months
        guard let first = months.first else { return [] }
        let included = products.map(include)
        // Each allocation's months once, as a range of month indexes.
        let spans: [(from: Int, through: Int)] = allocations.map { a in
            guard included[a.product] else { return (1, 0) }
            let from = max(a.start.month, first), through = min((a.end ?? horizon).month, delivery.month)
            return (first.distance(to: from), first.distance(to: through))
        }
        // Per group, a bitmask of months per client (one word per 64 months): a client counts
        // once in a month however many allocations cover it. A hash set per month and group
        // cost 54 million inserts at 30 times the region; this is a few bit operations each.
        let words = (months.count + 63) / 64
        var masks = [UInt64](repeating: 0, count: clients.count * words)
        var touched: [Int32] = []
        var counts = Array(repeating: Array(repeating: 0, count: groups.count), count: months.count)
        for (g, members) in groups.enumerated() {
            var inGroup = Array(repeating: false, count: municipalities.count)
            for m in members { inGroup[m] = true }
            for (a, span) in zip(allocations, spans) where span.from <= span.through && inGroup[a.municipality] {
                let base = Int(a.client) * words
                if (0..<words).allSatisfy({ masks[base + $0] == 0 }) { touched.append(a.client) }
                for w in (span.from / 64)...(span.through / 64) {
                    let low = max(span.from - w * 64, 0), high = min(span.through - w * 64, 63)
                    masks[base + w] |= (UInt64.max >> UInt64(63 - high)) & (UInt64.max << UInt64(low))
                }
            }
            for client in touched {
                let base = Int(client) * words
                for w in 0..<words {
                    var bits = masks[base + w]
                    while bits != 0 {
                        counts[w * 64 + bits.trailingZeroBitCount][g] += 1
                        bits &= bits - 1
                    }
                    masks[base + w] = 0
                }
            }
            touched.removeAll(keepingCapacity: true)
        }
        return counts
    }

    /// Gedeclareerd per product in a year (received by the delivery date) and the product's
    /// clients that year, for a group of municipalities; most costly first.
    public func productCosts(year: Int, municipalities members: [Int], products include: (Product) -> Bool = { _ in true }) -> [(product: Int, clients: Int, costs: Double)] {
        var inGroup = Array(repeating: false, count: municipalities.count)
        for m in members { inGroup[m] = true }
        let included = products.map(include)
        var cents: [Int: Int64] = [:]
        for c in claims where c.careMonth.year == year && c.received <= horizon {
            let a = allocations[c.allocation]
            guard inGroup[a.municipality], included[a.product] else { continue }
            cents[a.product, default: 0] += c.amountCents
        }
        var clients: [Int: Set<Int32>] = [:]
        for a in allocations where inGroup[a.municipality] && included[a.product] && a.isActive(in: Period(year: year)) {
            clients[a.product, default: []].insert(a.client)
        }
        return cents.map { (product: $0.key, clients: clients[$0.key]?.count ?? 0, costs: Double($0.value) / 100) }
            .sorted { $0.costs > $1.costs }
    }
}
