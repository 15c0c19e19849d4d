/// The monthly rhythm (contract §7.6): every delivery, and what changed since the previous one.
enum DeliveryReports {
    static func deliveries(_ d: Dataset, _ h: DeliveryHistory) -> Report {
        var tidy = TidyTable(columns: ["levering", "gemeentecode", "gemeente", "toewijzingen", "declaratieregels", "laatste_ontvangstdatum"])
        for s in h.summaries {
            for m in s.municipalities {
                tidy.rows.append([.text(s.month.description), .text(m.code), .text(m.name), .count(m.allocations), .count(m.claimLines),
                                  m.latestReceived.map { .text($0.description) } ?? .empty])
            }
        }
        let layout = DeliveryTables.deliveries(h)
        return Report(name: "deliveries", title: layout.title, tidy: tidy, layout: [layout] + (h.summaries.last { $0.month == d.delivery.month }.map { [DeliveryTables.municipalities($0)] } ?? []))
    }

    static func changes(_ d: Dataset, _ h: DeliveryHistory) -> Report {
        var tidy = TidyTable(columns: ["gemeentecode", "gemeente", "toewijzingen_nieuw", "toewijzingen_vervallen", "toewijzingen_gewijzigd", "declaratieregels_nieuw",
                                       "bedrag_nieuw", "jeugdigen_in_zorg_vorige", "jeugdigen_in_zorg", "instroom", "uitstroom"])
        guard let previous = h.previous else {
            let none = WideTable(title: "Geen eerdere levering dan \(DutchCalendar.name(of: d.delivery.month))", columns: [], rows: [])
            return Report(name: "delivery-changes", title: none.title, tidy: tidy, layout: [none])
        }
        let c = d.changes(since: previous)
        func row(_ code: String, _ name: String, _ x: MunicipalityChanges) -> [ReportValue] {
            [.text(code), .text(name), .count(x.newAllocations), .count(x.removedAllocations), .count(x.changedAllocations), .count(x.newClaimLines),
             .euros(x.newAmount, decimals: 2), .count(x.inCarePrevious), .count(x.inCare), .count(x.inflow), .count(x.outflow)]
        }
        for (m, x) in c.municipalities.enumerated() { tidy.rows.append(row(d.municipalities[m].code, d.municipalities[m].name, x)) }
        tidy.rows.append(row(Area.regionKey, ZeroMeasurementReports.regionLabel, c.region))
        let wide = DeliveryTables.changes(d, c, summary: h.summaries.first { $0.month == d.delivery.month })
        return Report(name: "delivery-changes", title: wide.title, tidy: tidy,
                      layout: [wide, DeliveryTables.movedFigures(d, previous: previous)])
    }
}

/// The people's tables of the deliveries, shared by the Leveringen screen and the reports.
public enum DeliveryTables {
    public static func deliveries(_ h: DeliveryHistory) -> WideTable {
        WideTable(
            title: "Leveringen", corner: "Levering",
            columns: ["Status", "Gemeenten", "Toewijzingen", "Declaratieregels", "Laatste ontvangst", "Fouten", "Waarschuwingen"],
            rows: h.summaries.reversed().map { s in
                .init(DutchCalendar.name(of: s.month), [
                    s.isLoaded ? .status("geladen", .met) : .status("geweigerd", .notMet),
                    .count(s.municipalities.filter { $0.allocations > 0 }.count),
                    .count(s.municipalities.map(\.allocations).reduce(0, +)), .count(s.municipalities.map(\.claimLines).reduce(0, +)),
                    s.municipalities.compactMap(\.latestReceived).max().map { .text($0.description) } ?? .empty,
                    .count(s.errors.count), .count(s.warnings.count),
                ], key: s.month.description)
            },
            roles: [2: .count])
    }

    /// One delivery per municipality: delivered or not, its rows, latest claim, warnings.
    public static func municipalities(_ s: DeliverySummary) -> WideTable {
        WideTable(
            title: "Levering \(DutchCalendar.name(of: s.month)) per gemeente", corner: "Gemeente",
            columns: ["Geleverd", "Toewijzingen", "Declaratieregels", "Laatste ontvangst", "Waarschuwingen"],
            rows: s.municipalities.map { m in
                .init(m.name, [m.allocations > 0 ? .text("ja") : .status("nee", .notMet), .count(m.allocations), .count(m.claimLines),
                               m.latestReceived.map { .text($0.description) } ?? .empty, .count(m.warnings)], key: m.code)
            },
            roles: [1: .count])
    }

    /// What changed per municipality against the previous delivery.
    public static func changes(_ d: Dataset, _ c: DeliveryChanges, summary: DeliverySummary?) -> WideTable {
        func values(_ x: MunicipalityChanges, delivered: ReportValue, rows: [ReportValue]) -> [ReportValue] {
            [delivered] + rows + [.count(x.newAllocations), .count(x.removedAllocations), .count(x.changedAllocations), .count(x.newClaimLines),
             .euros(x.newAmount, decimals: 0), .text("\(DutchNumber.integer(x.inCarePrevious)) → \(DutchNumber.integer(x.inCare))"),
             .count(x.inflow), .count(x.outflow)]
        }
        var rows = c.municipalities.enumerated().map { m, x in
            let s = summary?.municipalities[safe: m]
            let delivered = s.map { $0.allocations > 0 ? ReportValue.text("ja") : .status("nee", .notMet) } ?? .empty
            let counts: [ReportValue] = [s.map { .count($0.allocations) } ?? .empty, s?.latestReceived.map { .text($0.description) } ?? .empty,
                                         s.map { $0.warnings > 0 ? .status(DutchNumber.integer($0.warnings), .notMet) : .count(0) } ?? .empty]
            return WideTable.Row(d.municipalities[m].name, values(x, delivered: delivered, rows: counts), key: d.municipalities[m].code,
                                 bases: [9: [x.inCarePrevious, x.inCare]])
        }
        let all = summary?.municipalities ?? []
        rows.append(.init("Regio", values(c.region, delivered: .empty, rows: [.count(all.map(\.allocations).reduce(0, +)),
                                                                             all.compactMap(\.latestReceived).max().map { .text($0.description) } ?? .empty,
                                                                             .count(all.map(\.warnings).reduce(0, +))]),
                          kind: .total, key: Area.regionKey, bases: [9: [c.region.inCarePrevious, c.region.inCare]]))
        return WideTable(
            title: "Wat veranderde: \(DutchCalendar.name(of: c.current)) tegen \(DutchCalendar.name(of: c.previous))", corner: "Gemeente",
            columns: ["Geleverd", "Toewijzingen", "Laatste ontvangst", "Waarschuwingen", "Nieuw", "Vervallen", "Gewijzigd", "Nieuwe decl.", "Bedrag nieuw", "In zorg \(c.current.year)", "Instroom", "Uitstroom"],
            rows: rows,
            footnotes: ["Toewijzingen nieuw, vervallen (ook reden 13) of gewijzigd tegen de vorige levering; nieuwe declaratieregels: ontvangen na de vorige leverdatum. Instroom/uitstroom: eerste ingangsdatum / laatste einddatum in \(DutchCalendar.name(of: c.current))."],
            roles: [1: .count, 4: .count, 5: .count, 6: .count, 10: .count, 11: .count])
    }

    /// The figures that moved: jeugdigen in zorg and verblijf this year, and the months whose
    /// gedeclareerd was revised by late claims (old → new).
    public static func movedFigures(_ d: Dataset, previous p: Dataset) -> WideTable {
        let year = d.delivery.month.year
        func pair(_ old: Int?, _ new: Int?) -> [ReportValue] {
            let difference: ReportValue = old.flatMap { o in new.map { .count($0 - o) } } ?? .empty
            return [old.map { .count($0) } ?? .empty, new.map { .count($0) } ?? .empty, difference]
        }
        func inCare(_ x: Dataset) -> Int? { x.youthsInCare().region.last }
        func residential(_ x: Dataset) -> Int? { x.residentialClients().total.last }
        // The difference rests on both counts (small-cell protection).
        func bases(_ old: Int?, _ new: Int?) -> [Int: [Int]] {
            let counts = [old, new].compactMap { $0 }
            return [0: old.map { [$0] } ?? [], 1: new.map { [$0] } ?? [], 2: counts].filter { !$0.value.isEmpty }
        }
        let inCareBefore = inCare(p), inCareNow = inCare(d), residentialBefore = residential(p), residentialNow = residential(d)
        var rows: [WideTable.Row] = [
            .init("Jeugdigen in zorg \(year)", pair(inCareBefore, inCareNow), key: "jeugdigen_in_zorg", bases: bases(inCareBefore, inCareNow)),
            .init("Cliënten in verblijf \(year)", pair(residentialBefore, residentialNow), key: "verblijf", bases: bases(residentialBefore, residentialNow)),
        ]
        let before = p.monthlyAmounts(), now = d.monthlyAmounts()
        for (i, m) in before.months.enumerated() {
            let old = before.regionDeclaredCents(i), new = now.regionDeclaredCents(now.months.firstIndex(of: m) ?? i)
            guard old != new else { continue }
            rows.append(.init("Gedeclareerd \(DutchCalendar.shortName(of: m))", [.euros(Double(old) / 100, decimals: 0), .euros(Double(new) / 100, decimals: 0),
                                                                                 .euros(Double(new - old) / 100, decimals: 0)], key: m.description))
        }
        return WideTable(
            title: "Cijfers die bewogen: levering \(DutchCalendar.name(of: p.delivery.month)) → \(DutchCalendar.name(of: d.delivery.month))", corner: "Cijfer",
            columns: ["Vorige", "Nu", "Verschil"], rows: rows,
            footnotes: ["Gedeclareerd per zorgmaand (regio): maanden die door laat ontvangen declaraties of gewijzigde toewijzingen anders uitkomen."])
    }

    /// A municipality's changed allocations: number, what happened, and old → new per field.
    public static func allocations(_ d: Dataset, _ c: DeliveryChanges, municipality m: Int) -> WideTable {
        WideTable(
            title: "Toewijzingen van \(d.municipalities[m].name): \(DutchCalendar.name(of: c.current)) tegen \(DutchCalendar.name(of: c.previous))",
            corner: "Toewijzingnummer", columns: ["Wat", "Wijziging"],
            rows: c.allocations(of: m).map { a in
                .init(a.number, [.text(a.kind.rawValue), .text(a.fields.map { "\($0.name): \($0.old) → \($0.new)" }.joined(separator: "; "))], key: a.number)
            })
    }

    /// Why a delivery was refused: each problem as bestand:regel:kolom.
    public static func problems(_ s: DeliverySummary) -> WideTable {
        WideTable(
            title: "Levering \(DutchCalendar.name(of: s.month)) geweigerd: \(s.errors.count) fout(en)", corner: "Probleem", columns: [],
            rows: s.errors.map { .init($0.description, [], key: $0.file) })
    }
}
