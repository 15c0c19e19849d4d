import MonitorCore

/// The Segment 2 screen at one peilmaand: the factsheet's per-product table, the providers
/// of each product, and the area table for the peilmaand's first half year. Computed when
/// the peilmaand changes, never on cursor moves.
public struct Segment2Tables: Sendable {
    public let month: Month
    public let products: WideTable
    /// One table per segment 2 product, in the products table's column order.
    public let providers: [WideTable]
    public let areas: WideTable

    init(_ d: Dataset, month m: Month) {
        month = m
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
        let year = m.year
        let period = Period(first: Day(year: year, month: 1, day: 1)!, last: min(Period.firstHalf(of: year).last, d.horizon))
        let figures = d.segment2Areas(period)
        let order = d.subregions.flatMap { sub in
            figures.filter { f in f.kind == .municipality && d.municipalities.first { $0.name == f.name }?.subregion == sub }
                + figures.filter { $0.kind == .subregion && $0.name == sub }
        } + figures.filter { $0.kind == .region }
        areas = WideTable(
            title: "Segment 2 tegen jeugdhulp en jeugdigen, 1e halfjaar \(year)", corner: "Gebied",
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
