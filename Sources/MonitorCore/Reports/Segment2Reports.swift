/// Reports of the Segment 2 factsheet (Bijlage 5): products, referrers, areas, monthly residence.
enum Segment2Reports {
    /// The months a monthly report lists: one when asked, else January 2021 up to the delivery.
    static func months(_ d: Dataset, _ month: Month?) -> [Month] { month.map { [$0] } ?? d.months }

    static func products(_ d: Dataset, month: Month?) -> Report {
        var tidy = TidyTable(columns: [
            "maand", "productcode", "product", "clienten", "gecontracteerde_aanbieders", "clienten_gecontracteerd",
            "aanbieders_gecontracteerd_in_gebruik", "clienten_niet_gecontracteerd", "aanbieders_niet_gecontracteerd",
            "beschikt", "gemiddeld_per_client", "verzilvering_vorig_jaar", "wachttijd_min_weken", "wachttijd_max_weken",
        ])
        let products = d.segment2Products
        var realisations: [Int: [Int: Double?]] = [:]
        for m in months(d, month) {
            for p in products {
                if realisations[p]?[m.year - 1] == nil { realisations[p, default: [:]][m.year - 1] = .some(d.realisation(product: p, year: m.year - 1)) }
                let f = d.segment2Figures(product: p, month: m, realisation: realisations[p]?[m.year - 1])
                tidy.rows.append([
                    .text(m.description), .text(f.product.code), .text(f.product.description), .count(f.clients),
                    .count(f.contractedProviders), .count(f.clientsAtContracted), .count(f.contractedProvidersInUse),
                    .count(f.clientsAtNonContracted), .count(f.nonContractedProviders), .euros(f.beschikt, decimals: 0),
                    f.averagePerClient.map { .euros($0, decimals: 0) } ?? .empty,
                    f.previousYearRealisation.map { .fraction($0, decimals: 2) } ?? .empty,
                    f.waitingWeeks.map { .count($0.lowerBound) } ?? .empty, f.waitingWeeks.map { .count($0.upperBound) } ?? .empty,
                ])
            }
        }
        let peil = month ?? d.delivery.month
        let figures = products.map { d.segment2Figures(product: $0, month: peil) }
        let shares = products.map { d.referrerShares(product: $0, month: peil) }
        /// - Parameter bases: the counts of clients a product's figure rests on (small-cell protection).
        func row(_ label: String, bases: ((Segment2ProductFigures) -> [Int])? = nil, _ value: (Segment2ProductFigures) -> String) -> WideTable.Row {
            .init(label, figures.map { .text(value($0)) }, bases: bases.map { b in SmallCells.each(figures.map(b)) } ?? [:])
        }
        let rows: [WideTable.Row] = [
            row("Aantal cliënten in \(DutchCalendar.name(of: peil))", bases: { [$0.clients] }) { DutchNumber.integer($0.clients) },
            row("Gecontracteerde aanbieders") { DutchNumber.integer($0.contractedProviders) },
            row("Cliënten bij gecontracteerde aanbieders", bases: { [$0.clientsAtContracted] }) {
                "\(DutchNumber.integer($0.clientsAtContracted)) bij \($0.contractedProvidersInUse)"
            },
            row("Cliënten bij niet-gecontracteerde aanbieders", bases: { [$0.clientsAtNonContracted] }) {
                "\(DutchNumber.integer($0.clientsAtNonContracted)) bij \($0.nonContractedProviders)"
            },
            row("Verzilvering \(peil.year - 1)") { $0.previousYearRealisation.map { DutchNumber.percent($0, decimals: 2) } ?? "–" },
            row("Beschikt maandbedrag", bases: { [$0.clients] }) { DutchNumber.euros($0.beschikt) },
            row("Gemiddeld per cliënt per maand", bases: { [$0.clients] }) { $0.averagePerClient.map { DutchNumber.euros($0) } ?? "–" },
            row("Wachttijd gecontracteerde aanbieders") { $0.waitingWeeks.map { "\($0.lowerBound)–\($0.upperBound) weken" } ?? "–" },
            // One cell lists every referrer's share: withheld as a whole when one rests on 1–4 clients.
            .init("Verwijzers", shares.map { list in
                .text(list.map { "\($0.label) \(DutchNumber.percent($0.share, decimals: 1))" }.joined(separator: ", "))
            }, bases: SmallCells.each(shares.map { $0.map(\.clients) })),
        ]
        let wide = WideTable(
            title: "Kerngegevens per product segment 2 (peilmaand \(DutchCalendar.name(of: peil)))",
            columns: figures.map { "\($0.product.description) (\($0.product.code))" }, rows: rows,
            columnKeys: figures.map(\.product.code),
            footnotes: ["Gecontracteerd: een contractperiode voor het product overlapt de maand. Wachttijd: laatste update in de Beschikbaarheidswijzer tot en met de peilmaand."])
        return Report(name: "segment2-products", title: wide.title, tidy: tidy, layout: [wide])
    }

    static func referrers(_ d: Dataset, month: Month?) -> Report {
        var tidy = TidyTable(columns: ["maand", "productcode", "verwijzer", "clienten", "aandeel"])
        for m in months(d, month) {
            for p in d.segment2Products {
                for s in d.referrerShares(product: p, month: m) {
                    tidy.rows.append([.text(m.description), .text(d.products[p].code), .text(s.label), .count(s.clients), .fraction(s.share, decimals: 1)])
                }
            }
        }
        let peil = month ?? d.delivery.month
        let rows = d.segment2Products.flatMap { p in
            d.referrerShares(product: p, month: peil).map {
                WideTable.Row("\(d.products[p].description) — \($0.label)", [.count($0.clients), .fraction($0.share, decimals: 1)])
            }
        }
        let wide = WideTable(title: "Verwijzers segment 2 (\(DutchCalendar.name(of: peil)))", corner: "Product — verwijzer",
                             columns: ["Cliënten", "Aandeel"], rows: rows, roles: [0: .count, 1: .from(0)])
        return Report(name: "segment2-referrers", title: wide.title, tidy: tidy, layout: [wide])
    }

    /// Periods of the area table: each first half year and each year from 2021, plus the delivery month.
    static func areaPeriods(_ d: Dataset) -> [(label: String, period: Period)] {
        var periods: [(String, Period)] = []
        for year in Dataset.firstDataMonth.year...d.delivery.month.year {
            if Month(year: year, month: 6) <= d.delivery.month { periods.append(("\(year)-H1", .firstHalf(of: year))) }
            if Month(year: year, month: 12) <= d.delivery.month { periods.append(("\(year)", Period(year: year))) }
        }
        periods.append((d.delivery.month.description, Period(month: d.delivery.month)))
        return periods
    }

    /// - Options: `month` and `period` choose the people's first table, the period around the
    ///   month (by default the half year of the delivery month); the tidy rows hold every period.
    static func areas(_ d: Dataset, _ options: ReportOptions) -> Report {
        var tidy = TidyTable(columns: ["periode", "gebied", "type", "clienten_s2", "clienten_jeugdhulp", "jeugdigen", "aandeel_jeugdhulp", "aandeel_jeugdigen"])
        for (label, period) in areaPeriods(d) {
            for a in d.segment2Areas(period) {
                tidy.rows.append([.text(label), .text(a.name), .text(a.kind.rawValue), .count(a.segment2Clients), .count(a.youthCareClients),
                                  a.youths.map { .count($0) } ?? .empty,
                                  a.shareOfYouthCare.map { .fraction($0, decimals: 1) } ?? .empty,
                                  a.shareOfYouths.map { .fraction($0, decimals: 2) } ?? .empty])
            }
        }
        func values(_ a: AreaFigures) -> [ReportValue] {
            [.count(a.segment2Clients), .count(a.youthCareClients), a.shareOfYouthCare.map { .fraction($0, decimals: 1) } ?? .empty,
             a.youths.map { .count($0) } ?? .empty, a.shareOfYouths.map { .fraction($0, decimals: 2) } ?? .empty]
        }
        // Jeugdigen are inhabitants (inwoners.csv), never withheld.
        let areaRoles: [Int: CellRole] = [0: .count, 1: .count, 2: .from(0, 1), 4: .from(0)]
        // The period around the month: each subregion's municipalities above it, the region last.
        let (label, period) = (options.period ?? .halfYear).period(around: options.month ?? d.delivery.month, horizon: d.horizon)
        let figures = d.segment2Areas(period)
        let codes = Dictionary(d.municipalities.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let order = d.subregions.flatMap { sub in
            figures.filter { f in f.kind == .municipality && codes[f.name]?.subregion == sub }
                + figures.filter { $0.kind == .subregion && $0.name == sub }
        } + figures.filter { $0.kind == .region }
        let around = WideTable(
            title: "Segment 2 tegen jeugdhulp en jeugdigen, \(label)", corner: "Gebied",
            columns: ["Segment 2", "Jeugdhulp", "S2/jeugdhulp", "Jeugdigen", "S2/jeugdigen"],
            rows: order.map { a in
                let key = a.kind == .municipality ? codes[a.name]?.code : (a.kind == .region ? Area.regionKey : a.name)
                return .init(a.kind == .subregion ? "Subregio \(a.name)" : a.name, values(a), kind: a.kind == .region ? .total : .normal, key: key)
            },
            footnotes: ["Segment 2: cliënten met een toewijzing van een product uit segment 2. Jeugdigen op 1 januari."], roles: areaRoles)
        // The factsheet's table: the latest complete first half year, by subregion and region.
        let latest = areaPeriods(d).last { $0.label.hasSuffix("-H1") } ?? areaPeriods(d)[0]
        let rows = d.segment2Areas(latest.period).filter { $0.kind != .municipality }.map { a in
            WideTable.Row(a.name, values(a), kind: a.kind == .region ? .total : .normal)
        }
        let factsheet = WideTable(
            title: "Unieke cliënten segment 2, \(latest.label)", corner: "Subregio",
            columns: ["Segment 2", "Jeugdhulp totaal", "S2 / jeugdhulp", "Jeugdige inwoners", "S2 / jeugdigen"], rows: rows,
            footnotes: ["Segment 2: cliënten met een toewijzing van een product uit segment 2. Jeugdige inwoners (t/m 18 jaar) op 1 januari."], roles: areaRoles)
        return Report(name: "segment2-areas", title: around.title, tidy: tidy, layout: [around, factsheet])
    }

    /// The providers of one segment 2 product at a month (the people's table), and in the tidy
    /// rows of every segment 2 product unless `product` names one.
    static func providers(_ d: Dataset, _ options: ReportOptions) -> Report {
        let month = options.month ?? d.delivery.month
        let products = options.product.flatMap { d.productIndex[$0] }.map { [$0] } ?? d.segment2Products
        var tidy = TidyTable(columns: ["maand", "productcode", "agb", "aanbieder", "clienten", "gecontracteerd", "wachttijd_weken", "wachttijd_peildatum"])
        var tables: [WideTable] = []
        for p in products {
            let list = d.segment2Providers(product: p, month: month)
            for v in list {
                tidy.rows.append([.text(month.description), .text(d.products[p].code), .text(v.provider.agb), .text(v.provider.name), .count(v.clients),
                                  .text(v.contracted ? "J" : "N"), v.waitingWeeks.map { .count($0) } ?? .empty,
                                  v.waitingDate.map { .text($0.description) } ?? .empty])
            }
            tables.append(WideTable(
                title: "Aanbieders \(d.products[p].description) (\(d.products[p].code)), \(DutchCalendar.name(of: month))", corner: "Aanbieder",
                columns: ["Cliënten", "Contract", "Wachttijd (wk)", "Bijgewerkt"],
                rows: list.map { v in
                    .init(v.provider.name, [.count(v.clients), .text(v.contracted ? "ja" : "nee"),
                                            v.waitingWeeks.map { .count($0) } ?? .empty, .text(v.waitingDate?.description ?? "")], key: v.provider.agb)
                }, roles: [0: .count]))
        }
        return Report(name: "segment2-providers", title: tables.first?.title ?? "Aanbieders segment 2", tidy: tidy, layout: tables)
    }

    static func residentialMonthly(_ d: Dataset, month: Month?) -> Report {
        let t = d.residentialMonthly()
        var tidy = TidyTable(columns: ["maand", "categorie", "clienten"])
        var rows: [WideTable.Row] = []
        for (i, m) in t.months.enumerated() where month == nil || month == m {
            tidy.rows.append([.text(m.description), .text("S1-verblijf"), .count(t.segment1[i])])
            tidy.rows.append([.text(m.description), .text("S2"), .count(t.segment2[i])])
            tidy.rows.append([.text(m.description), .text("totaal"), .count(t.total[i])])
            for (code, counts) in zip(t.productCodes, t.byProduct) {
                tidy.rows.append([.text(m.description), .text(code), .count(counts[i])])
            }
            rows.append(.init(DutchCalendar.shortName(of: m), [.count(t.segment1[i]), .count(t.segment2[i]), .count(t.total[i])] + t.byProduct.map { .count($0[i]) }))
        }
        let wide = WideTable(
            title: "Cliënten in verblijf per maand", corner: "Maand",
            columns: ["S1-verblijf", "S2", "Totaal"] + t.productCodes, rows: rows,
            footnotes: ["Totaal telt een cliënt in beide segmenten één keer."], roles: SmallCells.allCounts(3 + t.productCodes.count))
        return Report(name: "residential-monthly", title: wide.title, tidy: tidy, layout: [wide])
    }
}
