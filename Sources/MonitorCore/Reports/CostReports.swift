/// Kosten: annual accounts, monthly amounts with the claim lag corrected, cost per client,
/// and the lag model's backtest (issue "Kosten").
enum CostReports {
    static func annual(_ d: Dataset) -> Report {
        let t = d.annualCosts()
        var tidy = TidyTable(columns: ["jaar", "gemeentecode", "gemeente", "zorgkosten", "ontwikkeling"])
        func change(_ yi: Int, _ value: (Int) -> Double?) -> ReportValue {
            t.development(yi, value).map { .fraction($0, decimals: 4) } ?? .empty
        }
        for (yi, year) in t.years.enumerated() {
            for (mi, m) in d.municipalities.enumerated() {
                guard let cost = t.costs[yi][mi] else { continue }
                tidy.rows.append([.count(year), .text(m.code), .text(m.name), .euros(cost, decimals: 0), change(yi) { t.costs[$0][mi] }])
            }
            if let total = t.region(yi) {
                tidy.rows.append([.count(year), .text(ZeroMeasurementReports.regionCode), .text(ZeroMeasurementReports.regionLabel),
                                  .euros(total, decimals: 0), change(yi) { t.region($0) }])
            }
        }
        let totals = WideTable(
            title: "Totaal overzicht 11 gemeenten (Een 10 voor de Jeugd)", corner: "Jaar",
            columns: ["Totaal zorgkosten Jeugdwet", "Ontwikkeling t.o.v. voorgaand jaar", "Per jeugdige inwoner"],
            rows: t.years.indices.compactMap { yi in
                guard let total = t.region(yi) else { return nil }
                let youths = d.regionYouths(year: t.years[yi])
                var c = change(yi) { t.region($0) }
                if case .fraction(let f, _) = c { c = .fraction(f, decimals: abs(f) < 0.1 && yi == 1 ? 2 : 1) }
                return .init(String(t.years[yi]), [.euros(total, decimals: 0), c, youths.map { .euros(total / Double($0), decimals: 0) } ?? .empty])
            },
            footnotes: ["Bron: jaarrekeningen van de 11 gemeenten; inclusief JB/JR, landelijk ingekochte zorg en andere kosten buiten de monitor."])
        let developmentYears = t.years.indices.dropFirst().filter { t.years[$0 - 1] == t.years[$0] - 1 }
        let perMunicipality = WideTable(
            title: "Ontwikkeling zorgkosten per gemeente", corner: "Ontwikkeling",
            columns: d.municipalities.map(\.name),
            rows: developmentYears.map { yi in
                .init("\(t.years[yi]) versus \(t.years[yi - 1])", d.municipalities.indices.map { mi in
                    t.development(yi) { t.costs[$0][mi] }.map { .fraction($0, decimals: 0) } ?? .empty
                })
            },
            columnKeys: d.municipalities.map(\.code))
        return Report(name: "costs-annual", title: totals.title, tidy: tidy, layout: [totals, perMunicipality])
    }

    /// The annual accounts with a row per municipality and a column per year, in euros or per
    /// jeugdige inwoner, and the development of the latest year (the Kosten screen's top table).
    static func municipalities(_ d: Dataset, perYouth: Bool) -> Report {
        let t = d.annualCosts()
        var tidy = TidyTable(columns: ["jaar", "gemeentecode", "gemeente", "zorgkosten", "jeugdigen", "per_jeugdige", "ontwikkeling"])
        func perYouthValue(_ cost: Double?, _ youths: Int?) -> Double? {
            guard let cost, let youths, youths > 0 else { return nil }
            return cost / Double(youths)
        }
        func shown(_ cost: Double?, youths: Int?) -> ReportValue {
            guard let cost else { return .empty }
            return perYouth ? perYouthValue(cost, youths).map { .euros($0, decimals: 0) } ?? .empty : .euros(cost, decimals: 0)
        }
        let last = t.years.count - 1
        func area(_ code: String, _ name: String, costs: (Int) -> Double?, youths: (Int) -> Int?, kind: WideTable.Row.Kind) -> WideTable.Row {
            for (yi, year) in t.years.enumerated() {
                guard let cost = costs(yi) else { continue }
                tidy.rows.append([.count(year), .text(code), .text(name), .euros(cost, decimals: 0), youths(yi).map { .count($0) } ?? .empty,
                                  perYouthValue(cost, youths(yi)).map { .euros($0, decimals: 2) } ?? .empty,
                                  t.development(yi, costs).map { .fraction($0, decimals: 4) } ?? .empty])
            }
            let change: [ReportValue] = last > 0 ? [t.development(last, costs).map { .fraction($0, decimals: 0) } ?? .empty] : []
            return .init(name, t.years.indices.map { shown(costs($0), youths: youths($0)) } + change, kind: kind, key: code)
        }
        var rows = d.municipalities.indices.map { mi in
            area(d.municipalities[mi].code, d.municipalities[mi].name, costs: { t.costs[$0][mi] },
                 youths: { d.youths(municipality: mi, year: t.years[$0]) }, kind: .normal)
        }
        rows.append(area(Area.regionKey, "Regio", costs: t.region, youths: { d.regionYouths(year: t.years[$0]) }, kind: .total))
        let wide = WideTable(
            title: "Zorgkosten Jeugdwet uit de jaarrekeningen, \(perYouth ? "per jeugdige inwoner" : "in euro's")", corner: "Gemeente",
            columns: t.years.map(String.init) + (last > 0 ? ["Ontw. \(t.years[last])"] : []), rows: rows,
            footnotes: ["Inclusief JB/JR, landelijk ingekochte zorg en andere kosten buiten de monitor. Enter op een gemeente: haar maanden en duurste producten."])
        return Report(name: "costs-municipalities", title: wide.title, tidy: tidy, layout: [wide])
    }

    static func monthly(_ d: Dataset, _ options: ReportOptions) -> Report {
        let months = d.costMonths(selection: options.selection)
        let chosen = options.area.flatMap(d.area)
        var tidy = TidyTable(columns: ["maand", "gemeentecode", "gemeente", "beschikt", "gedeclareerd", "compleet", "verwacht"])
        // Without --area: every municipality and the region, as the deliveries are organised.
        let listed = chosen.map { [$0] } ?? months.areas.filter { $0.kind != .subregion }
        for (i, month) in d.months.enumerated() {
            for area in listed {
                guard let m = months.months(of: area)[safe: i] else { continue }
                let name = area.kind == .region ? ZeroMeasurementReports.regionLabel : area.name
                tidy.rows.append([.text(month.description), .text(area.key), .text(name), .euros(m.beschikt, decimals: 0),
                                  .euros(m.declared, decimals: 0), .fraction(m.share, decimals: 3), m.estimate.map { .euros($0, decimals: 0) } ?? .empty])
            }
        }
        let wide = CostTables.monthly(months, area: chosen ?? d.region)
        return Report(name: "costs-monthly", title: wide.title, tidy: tidy, layout: [wide])
    }

    static func products(_ d: Dataset, _ options: ReportOptions) -> Report {
        let area = options.area.flatMap(d.area) ?? d.region
        let year = options.year ?? d.delivery.month.year - 1
        let list = d.productCosts(year: year, municipalities: area.members, products: options.selection.includes)
        let total = list.map(\.costs).reduce(0, +)
        var tidy = TidyTable(columns: ["jaar", "gebied", "productcode", "product", "clienten", "gedeclareerd", "per_client", "aandeel"])
        var rows: [WideTable.Row] = []
        for p in list {
            let product = d.products[p.product]
            let perClient: ReportValue = p.clients > 0 ? .euros(p.costs / Double(p.clients), decimals: 0) : .empty
            tidy.rows.append([.count(year), .text(area.key), .text(product.code), .text(product.description), .count(p.clients),
                              .euros(p.costs, decimals: 0), perClient, total > 0 ? .fraction(p.costs / total, decimals: 4) : .empty])
            rows.append(.init("\(product.code) \(product.description)", [
                .count(p.clients), .euros(p.costs, decimals: 0), perClient, total > 0 ? .fraction(p.costs / total, decimals: 1) : .empty,
            ], key: product.code))
        }
        let wide = WideTable(
            title: "Duurste producten \(year) — \(area.name), \(options.selection.label)", corner: "Product",
            columns: ["Cliënten", "Gedeclareerd", "Per cliënt", "Aandeel"], rows: rows, roles: [0: .count, 1: .from(0), 2: .from(0), 3: .from(0)])
        return Report(name: "costs-products", title: wide.title, tidy: tidy, layout: [wide])
    }

    static func perClient(_ d: Dataset, _ options: ReportOptions) -> Report {
        let area = options.area.flatMap(d.area)
        var tidy = TidyTable(columns: ["jaar", "groep", "clienten", "kosten", "per_client"])
        var rows: [WideTable.Row] = []
        let labels = ReportYears(d)
        for year in d.years {
            let groups = d.costPerClient(year: year, area: area)
            let all = groups.first { $0.group == .all }?.costs ?? 0
            for g in groups {
                tidy.rows.append([.count(year), .text(g.group.rawValue), .count(g.clients), .euros(g.costs, decimals: 0),
                                  g.perClient.map { .euros($0, decimals: 0) } ?? .empty])
            }
            let residential = groups.filter { $0.group == .s1Residential || $0.group == .segment2 }.map(\.costs).reduce(0, +)
            rows += groups.map { g in
                .init("\(labels.label(year)) \(g.group.label)", [.count(g.clients), .euros(g.costs, decimals: 0), g.perClient.map { .euros($0, decimals: 0) } ?? .empty,
                                                   all > 0 ? .fraction(g.costs / all, decimals: 0) : .empty])
            }
            // The residential costs are those of the S1 and S2 clients.
            let residentialClients = groups.filter { $0.group == .s1Residential || $0.group == .segment2 }.map(\.clients)
            if all > 0 { rows.append(.init("\(labels.label(year)) aandeel verblijf/wonen in de kosten", [.empty, .euros(residential, decimals: 0), .empty, .fraction(residential / all, decimals: 0)],
                                           kind: .development, bases: [1: residentialClients, 3: residentialClients])) }
        }
        let wide = WideTable(
            title: "Gemiddelde kosten per cliënt per jaar" + (area.map { $0.kind == .region ? "" : " — \($0.name)" } ?? ""), corner: "Jaar en groep",
            columns: ["Cliënten", "Kosten", "Per cliënt", "Aandeel kosten"], rows: rows,
            footnotes: ["Kosten: gedeclareerd met zorgmaand in het jaar, ontvangen tot de leverdatum (het lopende jaar is dus nog niet compleet).",
                        "Overige jeugdhulp: kosten van de overige producten over de cliënten die dat jaar niet in verblijf of wonen waren.",
                        "Segment 2 wonen: de verblijfsproducten (pleegzorg, gezinshuis, wonen); 'segment 2' op Kosten telt alle producten van segment 2."] + labels.footnotes,
            roles: [0: .count, 1: .from(0), 2: .from(0), 3: .from(0)])
        return Report(name: "cost-per-client", title: wide.title, tidy: tidy, layout: [wide])
    }

    /// Contract §7.8: this year up to the delivery month against the same months a year earlier.
    static func yearToDate(_ d: Dataset) -> Report {
        let months = d.costMonths(selection: .all)
        var tidy = TidyTable(columns: ["gebied", "type", "jaar", "tot_maand", "gedeclareerd", "verwacht", "vorig_jaar_gedeclareerd", "vorig_jaar_verwacht", "verschil_pct", "prognose_jaar"])
        var rows: [WideTable.Row] = []
        let order = d.areas.filter { $0.kind == .municipality } + d.areas.filter { $0.kind == .subregion } + [d.region]
        let comparisons = order.compactMap { area in months.yearComparison(of: area).map { (area, $0) } }
        for (area, c) in comparisons {
            tidy.rows.append([.text(area.key), .text(area.kind.rawValue), .count(c.year), .text(c.throughMonth.description), .euros(c.declared, decimals: 0),
                              .euros(c.expected, decimals: 0), .euros(c.previousDeclared, decimals: 0), .euros(c.previousExpected, decimals: 0),
                              c.difference.map { .fraction($0, decimals: 4) } ?? .empty, c.prognosis.map { .euros($0, decimals: 0) } ?? .empty])
        }
        // People read the municipalities by their share in the region's difference, largest first.
        let region = comparisons.last?.1
        let byContribution = comparisons.filter { $0.0.kind == .municipality }
            .sorted { abs($0.1.expected - $0.1.previousExpected) > abs($1.1.expected - $1.1.previousExpected) }
        for (area, c) in byContribution + comparisons.filter({ $0.0.kind != .municipality }) {
            rows.append(.init(area.name, [.euros(c.expected, decimals: 0), .euros(c.previousExpected, decimals: 0), .euros(c.expected - c.previousExpected, decimals: 0),
                                          c.difference.map { .fraction($0, decimals: 1) } ?? .empty, c.prognosis.map { .euros($0, decimals: 0) } ?? .empty],
                              kind: area.kind == .region ? .total : .normal, key: area.key))
        }
        let through = region.map { DutchCalendar.shortMonthNames[$0.throughMonth.number - 1] } ?? ""
        let wide = WideTable(
            title: "Kosten \(region.map { String($0.year) } ?? "") t/m \(through) tegen dezelfde maanden vorig jaar", corner: "Gebied",
            columns: ["Verwacht", "Vorig jaar", "Verschil", "Verschil %", "Prognose jaar"], rows: rows,
            footnotes: ["Verwacht: gedeclareerd met de na-ijlcorrectie. Prognose: verwacht × (heel vorig jaar / dezelfde maanden vorig jaar). Gemeenten op hun bijdrage aan het verschil."])
        return Report(name: "costs-year-to-date", title: wide.title, tidy: tidy, layout: [wide])
    }

    static func backtest(_ d: Dataset) -> Report {
        let b = d.lagBacktest()
        var tidy = TidyTable(columns: ["achterstand_maanden", "metingen", "gemiddelde_fout", "gemiddelde_afwijking", "fout_zonder_correctie", "binnen_bandbreedte"])
        let rows = b.rows.map { r -> WideTable.Row in
            let values: [ReportValue] = [.count(r.cuts), .fraction(r.meanAbsoluteError, decimals: 1), .fraction(r.bias, decimals: 1),
                                         .fraction(r.uncorrectedMeanAbsoluteError, decimals: 1), .fraction(r.coverage, decimals: 0)]
            tidy.rows.append([.count(r.lag)] + values)
            return .init(r.lag == 0 ? "de maand zelf" : "\(r.lag) maand\(r.lag == 1 ? "" : "en") terug", values)
        }
        let wide = WideTable(
            title: "Terugtoets na-ijl (\(DutchCalendar.name(of: b.firstCut)) t/m \(DutchCalendar.name(of: b.lastCut)))", corner: "Zorgmaand op de peildatum",
            columns: ["Metingen", "Gem. fout", "Gem. afwijking", "Fout zonder correctie", "Binnen bandbreedte"], rows: rows,
            footnotes: ["Per peildatum: alleen declaraties die toen binnen waren; de schatting vergeleken met wat er tot de nieuwste levering binnenkwam. Fout als aandeel van het uiteindelijke bedrag (regio)."])
        return Report(name: "lag-backtest", title: wide.title, tidy: tidy, layout: [wide])
    }
}

/// Tables over precomputed cost months, so that a screen that keeps the months of a selection
/// shows exactly what `report costs-monthly` prints without computing them again.
public enum CostTables {
    /// The months of one area, newest first, with the year to date below. Incomplete months
    /// are marked ◔ in a column of their own and the range is two numbers, so an export holds
    /// numbers a spreadsheet can use.
    public static func monthly(_ months: CostMonths, area: Area) -> WideTable {
        let list = months.months(of: area)
        func share(_ declared: Double, _ expected: Double) -> ReportValue { expected > 0 ? .fraction(min(1, declared / expected), decimals: 0) : .empty }
        let rows = list.reversed().map { m in
            WideTable.Row(DutchCalendar.shortName(of: m.month), [
                m.isIncomplete ? .status("◔", .notMet) : .text(""),
                .euros(m.beschikt, decimals: 0), .euros(m.declared, decimals: 0),
                // The area's own share: received against what is expected for this area and selection.
                m.isIncomplete ? share(m.declared, m.expected) : .fraction(1, decimals: 0),
                .euros(m.expected, decimals: 0), m.range.map { .euros($0.lowerBound, decimals: 0) } ?? .empty,
                m.range.map { .euros($0.upperBound, decimals: 0) } ?? .empty, m.perClient.map { .euros($0, decimals: 0) } ?? .empty,
            ], key: m.month.description, bases: [7: [m.clients]])
        }
        var total: [WideTable.Row] = []
        if let y = months.yearToDate(of: area) {
            total = [.init("\(y.year) t/m \(DutchCalendar.shortMonthNames[y.throughMonth.number - 1])", [
                .empty, .euros(y.beschikt, decimals: 0), .euros(y.declared, decimals: 0), y.shareReceived.map { .fraction($0, decimals: 0) } ?? .empty,
                .euros(y.expected, decimals: 0), .euros(y.low, decimals: 0), .euros(max(y.low, y.high), decimals: 0), .empty,
            ], kind: .total, key: String(y.year))]
        }
        var notes = ["◔ nog niet compleet: declaraties komen tot maanden na de zorgmaand binnen. Binnen: ontvangen / verwacht voor dit gebied en deze selectie; Verwacht: ontvangen + verwacht deel van beschikt × verzilvering (chain ladder, Bornhuetter–Ferguson); Laag–Hoog: 10e–90e percentiel."]
        if case .segment(2) = months.selection {
            notes.append("Segment 2 telt alle producten van segment 2, ook die zonder verblijf (zoals deeltijdpleegzorg); 'Segment 2 wonen' bij kosten per cliënt telt alleen de verblijfsproducten.")
        }
        return WideTable(
            title: "Kosten per maand — \(area.name), \(months.selection.label)", corner: "Zorgmaand",
            columns: ["◔", "Beschikt", "Gedeclareerd", "Binnen", "Verwacht", "Laag", "Hoog", "Per cliënt"],
            rows: rows + total, footnotes: notes)
    }
}
