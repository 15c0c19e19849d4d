/// The contract manager's reports (contract §7.4–7.5): providers, their products, outcomes,
/// months, municipalities, end reasons, waiting times and signals. Each is a table of
/// `ProviderTables` over a `ProviderYear`, which the Aanbieders screen keeps per year.
enum ProviderReports {
    static let regionCode = ZeroMeasurementReports.regionCode
    static let regionLabel = ZeroMeasurementReports.regionLabel

    static func year(_ d: Dataset, _ o: ReportOptions) -> ProviderYear {
        d.providerYear(o.year ?? d.delivery.month.year, selection: o.selection, area: o.area.flatMap(d.area), settledThrough: d.settledMonth(d.regionLagModel()))
    }

    /// The providers a report lists: the one `--agb` names, else all of the year.
    static func chosen(_ d: Dataset, _ y: ProviderYear, _ o: ReportOptions) -> [Int] {
        if let agb = o.provider { return d.providerIndex[agb].map { [$0] } ?? [] }
        return y.providers.compactMap(\.provider)
    }

    static func providers(_ d: Dataset, _ o: ReportOptions) -> Report {
        let y = year(d, o)
        var tidy = TidyTable(columns: ["jaar", "agb", "aanbieder", "clienten", "toewijzingen", "gemeenten", "producten", "beschikt", "gedeclareerd", "verzilvering", "maatwerk"])
        let wanted = Set(chosen(d, y, o))
        for f in y.providers + [y.region] where f.provider.map(wanted.contains) ?? true {
            let agb = f.provider.map { d.providers[$0].agb } ?? regionCode, name = f.provider.map { d.providers[$0].name } ?? regionLabel
            tidy.rows.append([.count(y.year), .text(agb), .text(name), .count(f.clients), .count(f.allocations), .count(f.municipalities),
                              .count(f.products), .euros(f.beschikt, decimals: 0), .euros(f.declared, decimals: 0),
                              f.realisation.map { .fraction($0, decimals: 4) } ?? .empty, .count(f.customArrangements)])
        }
        let wide = ProviderTables.list(d, y, only: o.provider == nil ? nil : wanted)
        return Report(name: "providers", title: wide.title, tidy: tidy, layout: [wide])
    }

    static func products(_ d: Dataset, _ o: ReportOptions) -> Report {
        let y = year(d, o)
        var tidy = TidyTable(columns: ["jaar", "agb", "productcode", "clienten", "toewijzingen", "beschikt", "gedeclareerd", "gecontracteerd"])
        var layout: [WideTable] = []
        for v in chosen(d, y, o) {
            for p in y.products(of: v) {
                tidy.rows.append([.count(y.year), .text(d.providers[v].agb), .text(d.products[p.product].code), .count(p.clients), .count(p.allocations),
                                  .euros(p.beschikt, decimals: 0), .euros(p.declared, decimals: 0), .text(p.contracted ? "J" : "N")])
            }
            if o.provider != nil { layout.append(ProviderTables.products(d, y, provider: v)) }
        }
        if layout.isEmpty { layout = [ProviderTables.list(d, y, only: nil)] }
        return Report(name: "provider-products", title: layout[0].title, tidy: tidy, layout: layout)
    }

    static func outcomes(_ d: Dataset, _ o: ReportOptions) -> Report {
        let y = year(d, o)
        var tidy = TidyTable(columns: ["jaar", "agb", "aanbieder", "trajecten_beeindigd", "volgens_plan", "voortijdig", "uitval", "gemiddelde_duur_dagen",
                                       "mediaan_duur_dagen", "beoordeelbaar_6m", "zonder_nieuwe_hulp_6m", "aandeel_zonder_nieuwe_hulp_6m"])
        func row(_ agb: String, _ name: String, _ x: ProviderOutcomes) {
            tidy.rows.append([.count(y.year), .text(agb), .text(name), .count(x.ended), .count(x.onPlan), .count(x.premature),
                              x.dropout.map { .fraction($0, decimals: 4) } ?? .empty, x.meanDays.map { .number($0, decimals: 1) } ?? .empty,
                              x.medianDays.map { .number($0, decimals: 1) } ?? .empty, .count(x.assessable), .count(x.withoutNewCare),
                              x.shareWithoutNewCare.map { .fraction($0, decimals: 4) } ?? .empty])
        }
        let listed = chosen(d, y, o)
        for v in listed { row(d.providers[v].agb, d.providers[v].name, y.outcomes(of: v)) }
        row(regionCode, regionLabel, y.regionOutcomes)
        let layout = o.provider != nil ? listed.map { ProviderTables.outcomes(d, y, provider: $0) } : [ProviderTables.list(d, y, only: nil)]
        return Report(name: "provider-outcomes", title: layout.first?.title ?? "", tidy: tidy, layout: layout.isEmpty ? [.empty] : layout)
    }

    static func months(_ d: Dataset, _ o: ReportOptions) -> Report {
        let provider = o.provider.flatMap { d.providerIndex[$0] }
        let months = d.providerMonths(provider: provider, lag: d.regionLagModel())
        var tidy = TidyTable(columns: ["maand", "agb", "clienten", "beschikt", "gedeclareerd", "verzilvering", "compleet"])
        let agb = provider.map { d.providers[$0].agb } ?? regionCode
        for m in months {
            tidy.rows.append([.text(m.month.description), .text(agb), .count(m.clients), .euros(m.beschikt, decimals: 0), .euros(m.declared, decimals: 0),
                              m.realisation.map { .fraction($0, decimals: 4) } ?? .empty, .fraction(m.share, decimals: 3)])
        }
        let wide = ProviderTables.months(months, name: provider.map { d.providers[$0].name } ?? "alle aanbieders")
        return Report(name: "provider-months", title: wide.title, tidy: tidy, layout: [wide])
    }

    static func municipalities(_ d: Dataset, _ o: ReportOptions) -> Report {
        let y = year(d, o)
        var tidy = TidyTable(columns: ["jaar", "agb", "gemeentecode", "gemeente", "clienten", "beschikt", "gedeclareerd"])
        var layout: [WideTable] = []
        for v in chosen(d, y, o) {
            for m in y.municipalities(of: v) {
                tidy.rows.append([.count(y.year), .text(d.providers[v].agb), .text(d.municipalities[m.municipality].code), .text(d.municipalities[m.municipality].name),
                                  .count(m.clients), .euros(m.beschikt, decimals: 0), .euros(m.declared, decimals: 0)])
            }
            if o.provider != nil { layout.append(ProviderTables.municipalities(d, y, provider: v)) }
        }
        if layout.isEmpty { layout = [ProviderTables.list(d, y, only: nil)] }
        return Report(name: "provider-municipalities", title: layout[0].title, tidy: tidy, layout: layout)
    }

    static func reasons(_ d: Dataset, _ o: ReportOptions) -> Report {
        let y = year(d, o)
        var tidy = TidyTable(columns: ["jaar", "agb", "reden", "omschrijving", "trajecten"])
        let listed = chosen(d, y, o)
        for (agb, x) in listed.map({ (d.providers[$0].agb, y.outcomes(of: $0)) }) + [(regionCode, y.regionOutcomes)] {
            for (code, n) in x.reasons.sorted(by: { $0.key < $1.key }) {
                tidy.rows.append([.count(y.year), .text(agb), .text(code), .text(ProviderTables.reasonLabel(code)), .count(n)])
            }
        }
        let layout = o.provider != nil ? listed.map { ProviderTables.reasons(d, y, provider: $0) } : [ProviderTables.reasons(d, y, provider: nil)]
        return Report(name: "provider-reasons", title: layout.first?.title ?? "", tidy: tidy, layout: layout.isEmpty ? [.empty] : layout)
    }

    static func waitingTimes(_ d: Dataset, _ o: ReportOptions) -> Report {
        let y = year(d, ReportOptions(year: o.year))
        var tidy = TidyTable(columns: ["agb", "productcode", "product", "gecontracteerd", "wachttijd_weken", "peildatum", "verouderd"])
        var layout: [WideTable] = []
        for v in chosen(d, y, o) {
            let list = d.providerWaitingTimes(provider: v, year: y.year, delivered: y.products(of: v).map(\.product))
            for w in list {
                tidy.rows.append([.text(d.providers[v].agb), .text(d.products[w.product].code), .text(d.products[w.product].description),
                                  .text(w.contracted ? "J" : "N"), w.weeks.map { .count($0) } ?? .empty, w.date.map { .text($0.description) } ?? .empty,
                                  .text(w.isStale ? "J" : "N")])
            }
            if o.provider != nil { layout.append(ProviderTables.waitingTimes(d, list, name: d.providers[v].name)) }
        }
        if layout.isEmpty { layout = [ProviderTables.list(d, y, only: nil)] }
        return Report(name: "provider-waiting-times", title: layout[0].title, tidy: tidy, layout: layout)
    }

    static func signals(_ d: Dataset, _ o: ReportOptions) -> Report {
        let y = year(d, o)
        var tidy = TidyTable(columns: ["jaar", "agb", "aanbieder", "signaal", "waarde", "regio", "producten"])
        var layout: [WideTable] = []
        var all: [(provider: Int, signal: ProviderSignal)] = []
        for v in chosen(d, y, o) {
            let list = d.providerSignals(y, provider: v, waiting: d.providerWaitingTimes(provider: v, year: y.year, delivered: y.products(of: v).map(\.product)))
            for s in list {
                all.append((v, s))
                tidy.append([.count(y.year), .text(d.providers[v].agb), .text(d.providers[v].name), .text(s.kind.rawValue),
                             .number(s.value, decimals: 4), s.region.map { .number($0, decimals: 4) } ?? .empty, .text(s.products.joined(separator: " "))],
                            bases: ["waarde": s.bases, "regio": s.regionBases])
            }
            if o.provider != nil { layout.append(ProviderTables.signals(list, name: d.providers[v].name, year: y.year)) }
        }
        if layout.isEmpty {
            let rows = all.map { v, s in
                WideTable.Row("\(d.providers[v].name) — \(ProviderTables.signalLabel(s.kind))",
                              [ProviderTables.signalValue(s.kind, s.value), s.region.map { ProviderTables.signalValue(s.kind, $0) } ?? .empty],
                              key: d.providers[v].agb, bases: SmallCells.each([s.bases, s.regionBases]))
            }
            layout = [WideTable(title: "Signalen per aanbieder \(y.year)", corner: "Aanbieder — signaal", columns: ["Waarde", "Regio"], rows: rows)]
        }
        return Report(name: "provider-signals", title: layout[0].title, tidy: tidy, layout: layout)
    }
}
