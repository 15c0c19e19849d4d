/// One month of one area's costs, with the claim lag corrected.
public struct CostMonth: Sendable, Equatable {
    public let month: Month
    /// Euros, unrounded.
    public let beschikt: Double
    /// Received by the delivery date.
    public let declared: Double
    /// Estimated share of the month's final claims already received (1 for complete months).
    public let share: Double
    /// Received plus the still expected part (Bornhuetter–Ferguson); nil when the lag model
    /// has no estimate for the month.
    public let estimate: Double?
    /// 10–90 % range of the estimate.
    public let estimateRange: ClosedRange<Double>?
    /// Distinct clients with an active allocation of the selection in the month.
    public let clients: Int

    /// Claims still arrive for this month: it must be shown as incomplete.
    public var isIncomplete: Bool { share < 0.999 }
    /// The estimate, else what was received.
    public var expected: Double { estimate ?? declared }
    /// The range people see: only for an incomplete month.
    public var range: ClosedRange<Double>? { isIncomplete ? estimateRange : nil }
    public var perClient: Double? { clients > 0 ? expected / Double(clients) : nil }
}

/// The delivery's year up to the delivery month, summed: the total row under the months.
public struct CostYearToDate: Sendable, Equatable {
    public let year: Int
    public let throughMonth: Month
    public let beschikt: Double
    public let declared: Double
    public let expected: Double
    /// Sum of the months' ranges (a month without an estimate counts with its received amount).
    public let low: Double
    public let high: Double

    public var shareReceived: Double? { expected > 0 ? declared / expected : nil }
}

/// Months of every area for one product selection, January 2021 up to the delivery month.
/// Computed once per selection: the Kosten screen's month table, its charts and
/// `report costs-monthly` all read it.
public struct CostMonths: Sendable {
    public let selection: ProductSelection
    public let areas: [Area]
    /// `byArea[areaIndex]`, oldest month first.
    public let byArea: [[CostMonth]]

    public func months(of area: Area) -> [CostMonth] {
        areas.firstIndex(of: area).map { byArea[$0] } ?? []
    }

    /// The total of the delivery's year for an area.
    public func yearToDate(of area: Area) -> CostYearToDate? {
        let months = months(of: area)
        guard let last = months.last else { return nil }
        let year = months.filter { $0.month.year == last.month.year }
        return CostYearToDate(
            year: last.month.year, throughMonth: last.month,
            beschikt: year.map(\.beschikt).reduce(0, +), declared: year.map(\.declared).reduce(0, +),
            expected: year.map(\.expected).reduce(0, +),
            low: year.map { $0.estimateRange?.lowerBound ?? $0.declared }.reduce(0, +),
            high: year.map { $0.estimateRange?.upperBound ?? $0.declared }.reduce(0, +))
    }

    /// The running total of `expected` through each month of a calendar year (index 0 is
    /// January); nil for the months after the delivery month.
    public func cumulativeExpected(of area: Area, year: Int) -> [Double?] {
        var byNumber = [Double?](repeating: nil, count: 12)
        for m in months(of: area) where m.month.year == year { byNumber[m.month.number - 1] = m.expected }
        var total = 0.0
        return byNumber.map { value in
            guard let value else { return nil }
            total += value
            return total
        }
    }
}

extension Dataset {
    /// The arrival pattern is the region's over all products: the most data, and claims of one
    /// segment arrive no differently.
    public func regionLagModel() -> LagModel {
        lagModel(evaluation: delivery.month, arrivals: claimArrivals(), beschiktPerMonth: regionBeschiktPerMonth())
    }

    public func costMonths(selection: ProductSelection) -> CostMonths {
        let include = selection.includes
        let amounts = monthlyAmounts(products: include)
        let model = regionLagModel()
        let areas = self.areas
        let clients = clientsPerMonth(groups: areas.map(\.members), products: include)
        let byArea = areas.enumerated().map { ai, area in
            amounts.months.enumerated().map { i, m in
                let beschikt = area.members.map { amounts.beschikt[i][$0] }.reduce(0, +)
                let declared = Double(area.members.map { amounts.declaredCents[i][$0] }.reduce(0, +)) / 100
                let share = model.share(of: m) ?? 1
                let estimate = model.expectedFinal(received: declared, beschikt: beschikt, month: m)
                return CostMonth(month: m, beschikt: beschikt, declared: declared, share: share, estimate: estimate?.expected,
                                 estimateRange: estimate?.range, clients: clients[safe: i]?[ai] ?? 0)
            }
        }
        return CostMonths(selection: selection, areas: areas, byArea: byArea)
    }
}

extension Array {
    public subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

/// The delivery's year up to its month against the same months a year earlier (contract §7.8).
public struct CostYearComparison: Sendable, Equatable {
    public let year: Int
    public let throughMonth: Month
    public let declared: Double
    public let expected: Double
    public let previousDeclared: Double
    public let previousExpected: Double
    /// verwacht / vorig jaar verwacht − 1.
    public var difference: Double? { previousExpected > 0 ? expected / previousExpected - 1 : nil }
    /// The previous year's whole-year gedeclareerd over its gedeclareerd in the same months.
    public let previousYearFactor: Double?
    public var prognosis: Double? { previousYearFactor.map { expected * $0 } }
}

extension CostMonths {
    public func yearComparison(of area: Area) -> CostYearComparison? {
        let months = months(of: area)
        guard let last = months.last else { return nil }
        let year = last.month.year
        let now = months.filter { $0.month.year == year }
        let before = months.filter { $0.month.year == year - 1 && $0.month.number <= last.month.number }
        let previousWhole = months.filter { $0.month.year == year - 1 }.map(\.declared).reduce(0, +)
        let previousDeclared = before.map(\.declared).reduce(0, +)
        return CostYearComparison(
            year: year, throughMonth: last.month,
            declared: now.map(\.declared).reduce(0, +), expected: now.map(\.expected).reduce(0, +),
            previousDeclared: previousDeclared, previousExpected: before.map(\.expected).reduce(0, +),
            previousYearFactor: previousDeclared > 0 ? previousWhole / previousDeclared : nil)
    }
}
