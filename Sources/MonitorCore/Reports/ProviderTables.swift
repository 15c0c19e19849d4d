/// The people's tables of the provider reports, over a `ProviderYear` the caller may keep:
/// the Aanbieders screen shows exactly what `report providers … --agb` prints.
public enum ProviderTables {
    static func share(_ x: Double?) -> ReportValue { x.map { .fraction($0, decimals: 0) } ?? .empty }
    static func days(_ x: Double?) -> ReportValue { x.map { .number($0, decimals: 0) } ?? .empty }

    /// All providers of the year, one row each (key: AGB), the region below.
    public static func list(_ d: Dataset, _ y: ProviderYear, only: Set<Int>? = nil) -> WideTable {
        func values(_ f: ProviderFigures, _ o: ProviderOutcomes) -> [ReportValue] {
            [.count(f.clients), .count(f.allocations), .euros(f.beschikt, decimals: 0), .euros(f.declared, decimals: 0), share(f.realisation),
             .count(f.customArrangements), share(o.dropout), days(o.medianDays), share(o.shareWithoutNewCare)]
        }
        // The trajecten the outcome columns rest on are not in the table (small-cell protection).
        func bases(_ o: ProviderOutcomes) -> [Int: [Int]] { [6: [o.onPlan, o.premature], 7: [o.ended], 8: [o.assessable, o.withoutNewCare]] }
        var rows = y.providers.compactMap { f -> WideTable.Row? in
            guard let v = f.provider, only?.contains(v) ?? true else { return nil }
            return .init(d.providers[v].name, values(f, y.outcomes(of: v)), key: d.providers[v].agb, bases: bases(y.outcomes(of: v)))
        }
        rows.append(.init("Regio", values(y.region, y.regionOutcomes), kind: .total, key: Area.regionKey, bases: bases(y.regionOutcomes)))
        let scope = [y.area?.name, y.selection == .all ? nil : y.selection.label].compactMap { $0 }
        return WideTable(
            title: "Aanbieders \(y.year)\(y.year == d.delivery.month.year ? "*" : "")" + (scope.isEmpty ? "" : " — " + scope.joined(separator: ", ")),
            corner: "Aanbieder",
            columns: ["Cliënten", "Toewijz.", "Beschikt", "Gedeclareerd", "Verzilv.", "Maatwerk", "Uitval", "Mediaan dgn", "Geen nieuwe hulp"],
            rows: rows,
            footnotes: ["Toewijzingen actief in het jaar. Uitval: voortijdig / (volgens plan + voortijdig) van de trajecten die in het jaar eindigden. "
                        + "Geen nieuwe hulp: aandeel volgens plan beëindigd zonder nieuwe toewijzing binnen 182 dagen."]
                + (y.year == d.delivery.month.year ? ["* \(y.year): t/m \(DutchCalendar.name(of: d.delivery.month)); beschikt tot en met die maand."] : []),
            roles: [0: .count, 1: .count, 2: .from(0), 3: .from(0), 4: .from(0), 5: .count])
    }

    public static func products(_ d: Dataset, _ y: ProviderYear, provider v: Int) -> WideTable {
        WideTable(
            title: "Producten van \(d.providers[v].name), \(y.year)", corner: "Product",
            columns: ["Cliënten", "Toewijz.", "Beschikt", "Gedeclareerd", "Verzilv.", "Contract", "Maatwerk"],
            rows: y.products(of: v).map { p in
                .init("\(d.products[p.product].code) \(d.products[p.product].description)", [
                    .count(p.clients), .count(p.allocations), .euros(p.beschikt, decimals: 0), .euros(p.declared, decimals: 0), share(p.realisation),
                    .status(p.contracted ? "ja" : "nee", p.contracted ? .met : .notMet), .count(p.customArrangements),
                ], key: d.products[p.product].code)
            },
            roles: [0: .count, 1: .count, 2: .from(0), 3: .from(0), 4: .from(0), 6: .count])
    }

    public static func municipalities(_ d: Dataset, _ y: ProviderYear, provider v: Int) -> WideTable {
        WideTable(
            title: "Gemeenten van \(d.providers[v].name), \(y.year)", corner: "Gemeente",
            columns: ["Cliënten", "Beschikt", "Gedeclareerd"],
            rows: y.municipalities(of: v).map { m in
                .init(d.municipalities[m.municipality].name, [.count(m.clients), .euros(m.beschikt, decimals: 0), .euros(m.declared, decimals: 0)],
                      key: d.municipalities[m.municipality].code)
            },
            roles: [0: .count, 1: .from(0), 2: .from(0)])
    }

    /// The provider's trajecten against the region's of the same products and the whole region.
    public static func outcomes(_ d: Dataset, _ y: ProviderYear, provider v: Int) -> WideTable {
        let columns = [y.outcomes(of: v), y.sameProductOutcomes[v] ?? .none, y.regionOutcomes]
        /// - Parameter bases: the trajecten a figure is or rests on, per column (small-cell protection).
        func row(_ label: String, _ key: String, _ bases: (ProviderOutcomes) -> [Int], _ value: (ProviderOutcomes) -> ReportValue) -> WideTable.Row {
            .init(label, columns.map(value), key: key, bases: SmallCells.each(columns.map(bases)))
        }
        return WideTable(
            title: "Trajecten van \(d.providers[v].name) die in \(y.year) eindigden", corner: "Traject",
            columns: ["Aanbieder", "Regio zelfde prod.", "Regio"],
            rows: [
                row("Beëindigd", "trajecten_beeindigd", { [$0.ended] }) { .count($0.ended) },
                row("Volgens plan", "volgens_plan", { [$0.onPlan] }) { .count($0.onPlan) },
                row("Voortijdig", "voortijdig", { [$0.premature] }) { .count($0.premature) },
                row("Uitval", "uitval", { [$0.onPlan, $0.premature] }) { share($0.dropout) },
                row("Gemiddelde duur (dagen)", "gemiddelde_duur_dagen", { [$0.ended] }) { days($0.meanDays) },
                row("Mediaan duur (dagen)", "mediaan_duur_dagen", { [$0.ended] }) { days($0.medianDays) },
                row("Na een half jaar te beoordelen", "beoordeelbaar_6m", { [$0.assessable] }) { .count($0.assessable) },
                row("Zonder nieuwe jeugdhulp", "zonder_nieuwe_hulp_6m", { [$0.withoutNewCare] }) { .count($0.withoutNewCare) },
                row("Aandeel zonder nieuwe hulp", "aandeel_zonder_nieuwe_hulp_6m", { [$0.assessable, $0.withoutNewCare] }) { share($0.shareWithoutNewCare) },
            ],
            footnotes: ["Regio zelfde prod.: de trajecten van alle aanbieders in de producten waarin deze aanbieder trajecten beëindigde."])
    }

    /// Ended trajecten by the reason that decided them; provider nil: the region.
    public static func reasons(_ d: Dataset, _ y: ProviderYear, provider v: Int?) -> WideTable {
        let x = v.map { y.outcomes(of: $0) } ?? y.regionOutcomes
        let total = x.reasons.values.reduce(0, +)
        return WideTable(
            title: "Reden van beëindiging, \(v.map { d.providers[$0].name } ?? "regio"), \(y.year)", corner: "Reden (JZ588)",
            columns: ["Trajecten", "Aandeel"],
            rows: x.reasons.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { code, n in
                .init(code.isEmpty ? reasonLabel(code) : "\(code) \(reasonLabel(code))",
                      [.count(n), total > 0 ? .fraction(Double(n) / Double(total), decimals: 0) : .empty], key: code)
            },
            roles: [0: .count, 1: .from(0)])
    }

    public static func reasonLabel(_ code: String) -> String { code.isEmpty ? "niet opgegeven" : CodeLists.endReasons[code] ?? "onbekende code" }

    /// Newest month first; months whose claims are still coming in are marked ◔.
    public static func months(_ months: [ProviderMonth], name: String) -> WideTable {
        WideTable(
            title: "\(name) per maand", corner: "Maand",
            columns: ["Cliënten", "Beschikt", "Gedeclareerd", "Verzilv."],
            rows: months.reversed().map { m in
                .init(DutchCalendar.shortName(of: m.month) + (m.isIncomplete ? " ◔" : ""),
                      [.count(m.clients), .euros(m.beschikt, decimals: 0), .euros(m.declared, decimals: 0), share(m.realisation)], key: m.month.description)
            },
            footnotes: ["◔ nog niet compleet: declaraties komen tot maanden na de zorgmaand binnen (na-ijl, zoals op Kosten)."],
            roles: [0: .count, 1: .from(0), 2: .from(0), 3: .from(0)])
    }

    public static func waitingTimes(_ d: Dataset, _ list: [ProviderWaitingTime], name: String) -> WideTable {
        WideTable(
            title: "Wachttijden van \(name) (Beschikbaarheidswijzer)", corner: "Product",
            columns: ["Contract", "Wachttijd (wk)", "Bijgewerkt"],
            rows: list.map { w in
                .init("\(d.products[w.product].code) \(d.products[w.product].description)", [
                    .text(w.contracted ? "ja" : "nee"), w.weeks.map { .count($0) } ?? .empty,
                    w.isStale ? .status(w.date?.description ?? "nooit", .notMet) : .text(w.date?.description ?? ""),
                ], key: d.products[w.product].code)
            },
            footnotes: ["Gemarkeerd: gecontracteerd product zonder update in de laatste \(SignalThresholds.waitingTimeMonths) maanden."])
    }

    public static func signals(_ list: [ProviderSignal], name: String, year: Int) -> WideTable {
        WideTable(
            title: "Signalen voor het gesprek met \(name), \(year)", corner: "Signaal",
            columns: ["Aanbieder", "Regio", "Toelichting"],
            rows: list.map { s in
                .init(signalLabel(s.kind), [signalValue(s.kind, s.value), s.region.map { signalValue(s.kind, $0) } ?? .empty,
                                            .text(s.products.isEmpty ? signalNote(s.kind) : s.products.joined(separator: ", "))], key: s.kind.rawValue,
                      bases: SmallCells.each([s.bases, s.regionBases]))
            })
    }

    public static func signalLabel(_ kind: ProviderSignal.Kind) -> String {
        switch kind {
        case .highRealisation: "Verzilvering boven 100%"
        case .lowRealisation: "Verzilvering onder 80%"
        case .highDropout: "Hoge uitval"
        case .longDuration: "Lange trajectduur"
        case .withoutContract: "Zorg zonder contract"
        case .staleWaitingTime: "Wachttijd niet bijgewerkt"
        }
    }

    static func signalNote(_ kind: ProviderSignal.Kind) -> String {
        switch kind {
        case .highRealisation: "meer gedeclareerd dan beschikt (maanden met complete declaraties)"
        case .lowRealisation: "beschikte zorg niet gedeclareerd (maanden met complete declaraties)"
        case .highDropout: "≥ 1,25 × de regio voor dezelfde producten"
        case .longDuration: "mediaan ≥ 1,25 × de regio voor dezelfde producten"
        case .withoutContract: "toewijzingen zonder contract op de ingangsdatum"
        case .staleWaitingTime: "\(SignalThresholds.waitingTimeMonths) maanden geen update"
        }
    }

    public static func signalValue(_ kind: ProviderSignal.Kind, _ value: Double) -> ReportValue {
        switch kind {
        case .highRealisation, .lowRealisation, .highDropout, .withoutContract: .fraction(value, decimals: 0)
        case .longDuration: .number(value, decimals: 0)
        case .staleWaitingTime: .count(Int(value))
        }
    }
}
