import MonitorCore

/// The period of the Segment 2 area table, around the peilmaand.
public enum AreaPeriod: Sendable, CaseIterable {
    case halfYear, year, month

    /// The half year, calendar year or month containing `m`, up to the delivery date.
    func period(around m: Month, horizon: Day) -> (label: String, period: Period) {
        let year = m.year
        switch self {
        case .halfYear:
            let first = m.number <= 6 ? 1 : 7
            let p = Period(first: Month(year: year, month: first).firstDay, last: min(Month(year: year, month: first + 5).lastDay, horizon))
            return ("\(first == 1 ? "1e" : "2e") halfjaar \(year)", p)
        case .year: return ("\(year)", Period(first: Period(year: year).first, last: min(Period(year: year).last, horizon)))
        case .month: return (DutchCalendar.name(of: m), Period(month: m))
        }
    }
}

/// The Segment 2 screen at one peilmaand: the factsheet's per-product table, the providers
/// of each product, and the area table for the period around the peilmaand. Computed when
/// the peilmaand or period changes, never on cursor moves.
public struct Segment2Tables: Sendable {
    public let month: Month
    public let areaPeriod: AreaPeriod
    public let products: WideTable
    /// One table per segment 2 product, in the products table's column order.
    public let providers: [WideTable]
    public let areas: WideTable

    init(_ d: Dataset, month m: Month, areaPeriod: AreaPeriod) {
        month = m
        self.areaPeriod = areaPeriod
        products = ReportCatalog.named("segment2-products")?.build(d, options: ReportOptions(month: m)).layout.first
            ?? WideTable(title: "", columns: [], rows: [])
        providers = d.segment2Products.map { p in
            WideTable(
                title: "Aanbieders \(d.products[p].description) (\(d.products[p].code)), \(DutchCalendar.name(of: m))", corner: "Aanbieder",
                columns: ["Cliënten", "Contract", "Wachttijd (wk)", "Bijgewerkt"],
                rows: d.segment2Providers(product: p, month: m).map { v in
                    .init(v.provider.name, [.count(v.clients), .text(v.contracted ? "ja" : "nee"),
                                            v.waitingWeeks.map { .count($0) } ?? .empty, .text(v.waitingDate?.description ?? "")])
                })
        }
        let (label, period) = areaPeriod.period(around: m, horizon: d.horizon)
        let figures = d.segment2Areas(period)
        let order = d.subregions.flatMap { sub in
            figures.filter { f in f.kind == .municipality && d.municipalities.first { $0.name == f.name }?.subregion == sub }
                + figures.filter { $0.kind == .subregion && $0.name == sub }
        } + figures.filter { $0.kind == .region }
        areas = WideTable(
            title: "Segment 2 tegen jeugdhulp en jeugdigen, \(label)", corner: "Gebied",
            columns: ["Segment 2", "Jeugdhulp", "S2/jeugdhulp", "Jeugdigen", "S2/jeugdigen"],
            rows: order.map { a in
                .init(a.kind == .subregion ? "Subregio \(a.name)" : a.name, [
                    .count(a.segment2Clients), .count(a.youthCareClients), a.shareOfYouthCare.map { .fraction($0, decimals: 1) } ?? .empty,
                    a.youths.map { .count($0) } ?? .empty, a.shareOfYouths.map { .fraction($0, decimals: 2) } ?? .empty,
                ], kind: a.kind == .region ? .total : .normal)
            },
            footnotes: ["Segment 2: cliënten met een toewijzing van een product uit segment 2. Jeugdigen op 1 januari."])
    }
}

/// The Segment 2 screen's trend panel, computed once.
public struct Segment2Trend: Sendable {
    public let months: [Month]
    public let series: [(label: String, values: [Int])]
    public let firstHalfYears: [(year: Int, clients: Int)]
    /// Youths with a verblijfsindicatie per report year, and the 2028 target.
    public let residentialPerYear: [(year: Int, clients: Int)]
    public let target: Int

    init(_ d: Dataset) {
        let t = d.residentialMonthly()
        months = t.months
        series = [("S1-verblijf", t.segment1), ("Segment 2", t.segment2), ("Totaal", t.total)]
            + zip(t.productCodes, t.byProduct).map { code, values in
                ("\(code) \(d.products[d.productIndex[code] ?? 0].description)", values)
            }
        firstHalfYears = d.segment2FirstHalfYears()
        let r = d.residentialClients()
        residentialPerYear = Array(zip(r.years, r.total))
        target = ProgrammeTargets.residentialAtMost
    }
}
