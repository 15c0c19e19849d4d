/// Kosten: annual accounts, monthly amounts with the claim lag corrected, cost per client,
/// and the lag model's backtest (issue "Kosten").
enum CostReports {
    static func annual(_ d: Dataset) -> Report {
        let t = d.annualCosts()
        var tidy = TidyTable(columns: ["jaar", "gemeentecode", "gemeente", "zorgkosten", "ontwikkeling"])
        func change(_ yi: Int, _ value: (Int) -> Double?) -> ReportValue {
            guard yi > 0, t.years[yi - 1] == t.years[yi] - 1, let now = value(yi), let before = value(yi - 1),
                  let c = development(from: before, to: now) else { return .empty }
            return .fraction(c, decimals: 4)
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
                    guard case .fraction(let f, _) = change(yi, { t.costs[$0][mi] }) else { return .empty }
                    return .fraction(f, decimals: 0)
                })
            })
        return Report(name: "costs-annual", title: totals.title, tidy: tidy, layout: [totals, perMunicipality])
    }

    static func monthly(_ d: Dataset) -> Report {
        let t = d.monthlyAmounts()
        let model = d.lagModel(evaluation: d.delivery.month, arrivals: d.claimArrivals(), beschiktPerMonth: d.regionBeschiktPerMonth())
        var tidy = TidyTable(columns: ["maand", "gemeentecode", "gemeente", "beschikt", "gedeclareerd", "compleet", "verwacht"])
        var rows: [WideTable.Row] = []
        for (i, month) in t.months.enumerated() {
            let share = model.share(of: month) ?? 1
            func line(_ code: String, _ name: String, beschikt: Double, declaredCents: Int64) -> (ReportValue, ClosedRange<Double>?) {
                let declared = Double(declaredCents) / 100
                let estimate = model.expectedFinal(received: declared, beschikt: beschikt, month: month)
                tidy.rows.append([.text(month.description), .text(code), .text(name), .euros(beschikt, decimals: 0), .euros(declared, decimals: 0),
                                  .fraction(share, decimals: 3), estimate.map { .euros($0.expected, decimals: 0) } ?? .empty])
                return (estimate.map { .euros($0.expected, decimals: 0) } ?? .empty, estimate?.range)
            }
            for (mi, m) in d.municipalities.enumerated() {
                _ = line(m.code, m.name, beschikt: t.beschikt[i][mi], declaredCents: t.declaredCents[i][mi])
            }
            let (expected, range) = line(ZeroMeasurementReports.regionCode, ZeroMeasurementReports.regionLabel,
                                         beschikt: t.regionBeschikt(i), declaredCents: t.regionDeclaredCents(i))
            let rangeText: ReportValue = share < 0.999 && range != nil
                ? .text("€ \(DutchNumber.decimal(range!.lowerBound / 1e6, decimals: 2))–\(DutchNumber.decimal(range!.upperBound / 1e6, decimals: 2)) mln") : .empty
            rows.append(.init(DutchCalendar.shortName(of: month) + (share < 0.999 ? " ◔" : ""), [
                .euros(t.regionBeschikt(i), decimals: 0), .euros(Double(t.regionDeclaredCents(i)) / 100, decimals: 0),
                .fraction(share, decimals: 0), expected, rangeText,
            ]))
        }
        let wide = WideTable(
            title: "Beschikt en gedeclareerd per maand (regio), met na-ijl", corner: "Maand",
            columns: ["Beschikt", "Gedeclareerd", "Binnen", "Verwacht", "Bandbreedte"], rows: rows,
            footnotes: ["◔ Maand nog niet compleet: declaraties komen tot maanden na de zorgmaand binnen. Binnen: geschat aandeel dat al is ontvangen (chain ladder). Verwacht: ontvangen + nog te verwachten (beschikt × verzilvering van complete maanden)."])
        return Report(name: "costs-monthly", title: wide.title, tidy: tidy, layout: [wide])
    }

    static func perClient(_ d: Dataset) -> Report {
        var tidy = TidyTable(columns: ["jaar", "groep", "clienten", "kosten", "per_client"])
        var rows: [WideTable.Row] = []
        for year in d.years {
            let groups = d.costPerClient(year: year)
            let all = groups.first { $0.group == .all }?.costs ?? 0
            for g in groups {
                tidy.rows.append([.count(year), .text(g.group.rawValue), .count(g.clients), .euros(g.costs, decimals: 0),
                                  g.perClient.map { .euros($0, decimals: 0) } ?? .empty])
            }
            let residential = groups.filter { $0.group == .s1Residential || $0.group == .segment2 }.map(\.costs).reduce(0, +)
            rows += groups.map { g in
                .init("\(year) \(g.group.label)", [.count(g.clients), .euros(g.costs, decimals: 0), g.perClient.map { .euros($0, decimals: 0) } ?? .empty,
                                                   all > 0 ? .fraction(g.costs / all, decimals: 0) : .empty])
            }
            if all > 0 { rows.append(.init("\(year) aandeel verblijf/wonen in de kosten", [.empty, .euros(residential, decimals: 0), .empty, .fraction(residential / all, decimals: 0)], kind: .development)) }
        }
        let wide = WideTable(
            title: "Gemiddelde kosten per cliënt per jaar", corner: "Jaar en groep",
            columns: ["Cliënten", "Kosten", "Per cliënt", "Aandeel kosten"], rows: rows,
            footnotes: ["Kosten: gedeclareerd met zorgmaand in het jaar, ontvangen tot de leverdatum (het lopende jaar is dus nog niet compleet).",
                        "Overige jeugdhulp: kosten van de overige producten over de cliënten die dat jaar niet in verblijf of wonen waren."])
        return Report(name: "cost-per-client", title: wide.title, tidy: tidy, layout: [wide])
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
