import MonitorCore

/// How the Kosten screen's annual table shows costs.
public enum CostMeasure: Sendable, Hashable {
    case euros, perYouth

    var label: String { self == .euros ? "in euro's" : "per jeugdige inwoner" }
}

/// Which products the monthly view counts: all, one segment, or one product category.
public enum CostSelection: Sendable, Hashable {
    case all
    case segment(Int)
    case category(String)

    var label: String {
        switch self {
        case .all: "alle producten"
        case .segment(let s): "segment \(s)"
        case .category(let c): "productcategorie \(c)"
        }
    }

    func includes(_ p: Product) -> Bool {
        switch self {
        case .all: true
        case .segment(let s): p.segment == s
        case .category(let c): p.category == c
        }
    }
}

/// A municipality, a subregion or the region: the municipalities it covers.
public struct CostArea: Sendable, Hashable {
    public let name: String
    public let members: [Int]
}

/// The Kosten screen's fixed tables, computed once: the annual accounts, the average cost per
/// client, and the months and products for every area with all products (other selections
/// are computed when chosen).
public struct CostsModel: Sendable {
    /// The 11 municipalities, the subregions, then the region (last).
    public let areas: [CostArea]
    public let annual: [CostMeasure: WideTable]
    public let perClient: WideTable
    public let selections: [CostSelection]
    public let allProducts: CostsDetail
    public var regionIndex: Int { areas.count - 1 }

    init(_ d: Dataset) {
        areas = d.municipalities.indices.map { CostArea(name: d.municipalities[$0].name, members: [$0]) }
            + d.subregions.map { sub in CostArea(name: "Subregio \(sub)", members: d.municipalities.indices.filter { d.municipalities[$0].subregion == sub }) }
            + [CostArea(name: "Regio", members: Array(d.municipalities.indices))]
        annual = [.euros: Self.annualTable(d, .euros), .perYouth: Self.annualTable(d, .perYouth)]
        perClient = ReportCatalog.named("cost-per-client")?.build(d).layout.first ?? .empty
        let segments = Set(d.products.map(\.segment)).sorted().map { CostSelection.segment($0) }
        let categories = Set(d.products.map(\.category)).sorted().map { CostSelection.category($0) }
        selections = [.all] + segments + categories
        allProducts = CostsDetail(d, areas: areas, selection: .all)
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

/// Months and products of every area for one product selection, with the claim lag
/// corrected, and the expected monthly costs of every municipality for the charts.
public struct CostsDetail: Sendable {
    public let selection: CostSelection
    public let monthly: [WideTable]
    public let products: [WideTable]
    /// Per area: (received, expected) per month, oldest first, for the full chart.
    public let series: [[(received: Double, expected: Double, complete: Bool)]]
    public let months: [Month]
    /// The year of the products table.
    public let productYear: Int

    /// - Parameter productYear: the year of the products table; by default the last complete one.
    init(_ d: Dataset, areas: [CostArea], selection: CostSelection, productYear: Int? = nil) {
        self.selection = selection
        let include = selection.includes
        let amounts = d.monthlyAmounts(products: include)
        // The arrival pattern is the region's, over all products: the most data, and claims of
        // one segment arrive no differently.
        let model = d.lagModel(evaluation: d.delivery.month, arrivals: d.claimArrivals(), beschiktPerMonth: d.regionBeschiktPerMonth())
        let clients = d.clientsPerMonth(groups: areas.map(\.members), products: include)
        var monthly: [WideTable] = [], series: [[(received: Double, expected: Double, complete: Bool)]] = []
        for (ai, area) in areas.enumerated() {
            var rows: [WideTable.Row] = [], points: [(received: Double, expected: Double, complete: Bool)] = []
            var year = (beschikt: 0.0, declared: 0.0, expected: 0.0, low: 0.0, high: 0.0)
            for (i, m) in amounts.months.enumerated() {
                let beschikt = area.members.map { amounts.beschikt[i][$0] }.reduce(0, +)
                let declared = Double(area.members.map { amounts.declaredCents[i][$0] }.reduce(0, +)) / 100
                let share = model.share(of: m) ?? 1
                let estimate = model.expectedFinal(received: declared, beschikt: beschikt, month: m)
                let expected = estimate?.expected ?? declared
                let count = clients[safe: i]?[ai] ?? 0
                let incomplete = share < 0.999
                let range: ReportValue = incomplete && estimate != nil
                    ? .text("\(DutchNumber.euros(estimate!.range.lowerBound / 1000)) – \(DutchNumber.decimal(estimate!.range.upperBound / 1000, decimals: 0))k")
                    : .empty
                rows.append(.init(DutchCalendar.shortName(of: m) + (incomplete ? " ◔" : ""), [
                    .euros(beschikt, decimals: 0), .euros(declared, decimals: 0), .fraction(share, decimals: 0),
                    .euros(expected, decimals: 0), range, count > 0 ? .euros(expected / Double(count), decimals: 0) : .empty,
                ]))
                points.append((declared, expected, !incomplete))
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
                title: "Kosten per maand — \(area.name), \(selection.label)", corner: "Zorgmaand",
                columns: ["Beschikt", "Gedeclareerd", "Binnen", "Verwacht", "Bandbreedte", "Per cliënt"],
                rows: rows.reversed() + [total],
                footnotes: ["◔ nog niet compleet: declaraties komen tot maanden na de zorgmaand binnen. Binnen: geschat aandeel ontvangen (chain ladder); Verwacht: ontvangen + verwacht deel van beschikt × verzilvering."]))
            series.append(points)
        }
        self.monthly = monthly
        self.series = series
        months = amounts.months
        let year = productYear ?? d.delivery.month.year - 1
        self.productYear = year
        products = areas.map { area in
            let list = d.productCosts(year: year, municipalities: area.members, products: include)
            let total = list.map(\.costs).reduce(0, +)
            return WideTable(
                title: "Duurste producten \(year) — \(area.name), \(selection.label)", corner: "Product",
                columns: ["Cliënten", "Gedeclareerd", "Per cliënt", "Aandeel"],
                rows: list.map { p in
                    .init("\(d.products[p.product].code) \(d.products[p.product].description)", [
                        .count(p.clients), .euros(p.costs, decimals: 0), p.clients > 0 ? .euros(p.costs / Double(p.clients), decimals: 0) : .empty,
                        total > 0 ? .fraction(p.costs / total, decimals: 1) : .empty,
                    ])
                })
        }
    }
}
