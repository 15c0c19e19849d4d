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
