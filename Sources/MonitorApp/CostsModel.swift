import MonitorCore

/// How the Kosten screen's annual table shows costs.
public enum CostMeasure: Sendable, Hashable {
    case euros, perYouth

    var label: String { self == .euros ? "in euro's" : "per jeugdige inwoner" }
}

/// The Kosten screen's tables, computed once: annual accounts per municipality, the months
/// of each area (a municipality or the region) with the claim lag corrected, the area's most
/// costly products, and the expected monthly costs of every municipality for the small multiples.
public struct CostsModel: Sendable {
    /// The 11 municipalities, then the region.
    public let areas: [String]
    public let annual: [CostMeasure: WideTable]
    public let monthly: [WideTable]
    public let products: [WideTable]
    /// Expected final costs per month of each municipality, oldest first, for sparklines.
    public let series: [[Double?]]
    public let seriesMonths: [Month]
    public var regionIndex: Int { areas.count - 1 }

    init(_ d: Dataset) {
        areas = d.municipalities.map(\.name) + ["Regio"]
        annual = [.euros: Self.annualTable(d, .euros), .perYouth: Self.annualTable(d, .perYouth)]
        let amounts = d.monthlyAmounts()
        let model = d.lagModel(evaluation: d.delivery.month, arrivals: d.claimArrivals(), beschiktPerMonth: d.regionBeschiktPerMonth())
        let clients = d.clientsPerMonth()
        var monthly: [WideTable] = [], series: [[Double?]] = []
        for area in 0...d.municipalities.count {
            let isRegion = area == d.municipalities.count
            var rows: [WideTable.Row] = [], expectedSeries: [Double?] = []
            // The current year so far: what is in, what is expected, and the range around it.
            var year = (beschikt: 0.0, declared: 0.0, expected: 0.0, low: 0.0, high: 0.0)
            for (i, m) in amounts.months.enumerated() {
                let beschikt = isRegion ? amounts.regionBeschikt(i) : amounts.beschikt[i][area]
                let declared = Double(isRegion ? amounts.regionDeclaredCents(i) : amounts.declaredCents[i][area]) / 100
                let share = model.share(of: m) ?? 1
                let estimate = model.expectedFinal(received: declared, beschikt: beschikt, month: m)
                let expected = estimate?.expected ?? declared
                let count = isRegion ? clients.region[i] : clients.byMunicipality[i][area]
                let incomplete = share < 0.999
                let range: ReportValue = incomplete && estimate != nil
                    ? .text("\(DutchNumber.euros(estimate!.range.lowerBound / 1000)) – \(DutchNumber.decimal(estimate!.range.upperBound / 1000, decimals: 0))k")
                    : .empty
                rows.append(.init(DutchCalendar.shortName(of: m) + (incomplete ? " ◔" : ""), [
                    .euros(beschikt, decimals: 0), .euros(declared, decimals: 0), .fraction(share, decimals: 0),
                    .euros(expected, decimals: 0), range, count > 0 ? .euros(expected / Double(count), decimals: 0) : .empty,
                ]))
                expectedSeries.append(expected)
                if m.year == d.delivery.month.year {
                    year.beschikt += beschikt; year.declared += declared; year.expected += expected
                    year.low += estimate?.range.lowerBound ?? declared; year.high += estimate?.range.upperBound ?? declared
                }
            }
            let yearLabel = "\(d.delivery.month.year) t/m \(DutchCalendar.shortMonthNames[d.delivery.month.number - 1])"
            let total = WideTable.Row(yearLabel, [
                .euros(year.beschikt, decimals: 0), .euros(year.declared, decimals: 0),
                year.expected > 0 ? .fraction(year.declared / year.expected, decimals: 0) : .empty, .euros(year.expected, decimals: 0),
                .text("\(DutchNumber.euros(year.low / 1000)) – \(DutchNumber.decimal(year.high / 1000, decimals: 0))k"), .empty,
            ], kind: .total)
            monthly.append(WideTable(
                title: "Kosten per maand — \(areas[area])", corner: "Zorgmaand",
                columns: ["Beschikt", "Gedeclareerd", "Binnen", "Verwacht", "Bandbreedte", "Per cliënt"],
                rows: rows.reversed() + [total],
                footnotes: ["◔ nog niet compleet: declaraties komen tot maanden na de zorgmaand binnen. Binnen: geschat aandeel ontvangen (chain ladder); Verwacht: ontvangen + verwacht deel van beschikt × verzilvering."]))
            if !isRegion { series.append(Array(expectedSeries.suffix(36))) }
        }
        self.monthly = monthly
        self.series = series
        seriesMonths = Array(amounts.months.suffix(36))
        let year = d.delivery.month.year - 1
        products = (0...d.municipalities.count).map { area in
            let list = d.productCosts(year: year, municipality: area == d.municipalities.count ? nil : area)
            let total = list.map(\.costs).reduce(0, +)
            return WideTable(
                title: "Duurste producten \(year) — \(area == d.municipalities.count ? "Regio" : d.municipalities[area].name)", corner: "Product",
                columns: ["Cliënten", "Gedeclareerd", "Per cliënt", "Aandeel"],
                rows: list.map { p in
                    .init("\(d.products[p.product].code) \(d.products[p.product].description)", [
                        .count(p.clients), .euros(p.costs, decimals: 0), p.clients > 0 ? .euros(p.costs / Double(p.clients), decimals: 0) : .empty,
                        total > 0 ? .fraction(p.costs / total, decimals: 1) : .empty,
                    ])
                })
        }
    }

    static func annualTable(_ d: Dataset, _ measure: CostMeasure) -> WideTable {
        let t = d.annualCosts()
        func value(_ cost: Double?, youths: Int?) -> ReportValue {
            guard let cost else { return .empty }
            switch measure {
            case .euros: return .euros(cost, decimals: 0)
            case .perYouth: return youths.map { .euros(cost / Double($0), decimals: 0) } ?? .empty
            }
        }
        func change(_ yi: Int, _ values: [Double?]) -> ReportValue {
            guard yi > 0, let now = values[yi], let before = values[yi - 1], let c = development(from: before, to: now) else { return .empty }
            return .fraction(c, decimals: 0)
        }
        let last = t.years.count - 1
        var rows: [WideTable.Row] = d.municipalities.indices.map { mi in
            let costs = t.costs.map { $0[mi] }
            return .init(d.municipalities[mi].name, t.years.indices.map { value(costs[$0], youths: d.youths(municipality: mi, year: t.years[$0])) }
                + (last > 0 ? [change(last, costs)] : []))
        }
        let region = t.years.indices.map { t.region($0) }
        rows.append(.init("Regio", t.years.indices.map { value(region[$0], youths: d.regionYouths(year: t.years[$0])) }
            + (last > 0 ? [change(last, region)] : []), kind: .total))
        return WideTable(
            title: "Zorgkosten Jeugdwet uit de jaarrekeningen, \(measure.label)", corner: "Gemeente",
            columns: t.years.map(String.init) + (last > 0 ? ["Ontw. \(t.years[last])"] : []), rows: rows,
            footnotes: ["Inclusief JB/JR, landelijk ingekochte zorg en andere kosten buiten de monitor. Enter op een gemeente: haar maanden en duurste producten."])
    }
}
