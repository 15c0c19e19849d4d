/// The 11 municipalities side by side against the region (contract §7.1–7.3).
enum MunicipalityReports {
    static func municipalities(_ d: Dataset, _ o: ReportOptions) -> Report {
        let c = d.municipalityComparison()
        let chosen = o.municipality.flatMap { d.municipalityIndex[$0] }
        var tidy = TidyTable(columns: ["jaar", "gemeentecode", "gemeente", "indicator", "waarde", "genormeerd", "regio_genormeerd", "index", "afwijkend"])
        for year in c.years {
            for indicator in Indicator.allCases {
                let region = c.figure(year: year, indicator, municipality: nil)
                let areas: [Int?] = (chosen.map { [$0] } ?? Array(d.municipalities.indices)) + [nil]
                for m in areas {
                    guard let f = c.figure(year: year, indicator, municipality: m) else { continue }
                    tidy.append([
                        .count(year), .text(m.map { d.municipalities[$0].code } ?? Area.regionKey),
                        .text(m.map { d.municipalities[$0].name } ?? ZeroMeasurementReports.regionLabel), .text(indicator.rawValue),
                        MunicipalityTables.plain(f.value, indicator, normalised: false), MunicipalityTables.plain(f.normalised, indicator, normalised: true),
                        MunicipalityTables.plain(region?.normalised, indicator, normalised: true), f.index.map { .number($0, decimals: 1) } ?? .empty,
                        .text(m == nil ? "" : f.deviation?.rawValue ?? ""),
                    ], bases: ["waarde": f.bases, "genormeerd": f.bases, "regio_genormeerd": f.regionBases,
                               "index": f.bases + f.regionBases, "afwijkend": f.bases + f.regionBases])
                }
            }
        }
        let year = o.year ?? d.delivery.month.year
        var layout = [MunicipalityTables.matrix(d, c, year: year, normalised: true)]
        if let chosen { layout.insert(MunicipalityTables.profile(d, c, municipality: chosen), at: 0) }
        return Report(name: "municipalities", title: layout[0].title, tidy: tidy, layout: layout)
    }

    static func products(_ d: Dataset, _ o: ReportOptions) -> Report {
        var tidy = TidyTable(columns: ["jaar", "gemeentecode", "productcategorie", "clienten", "aandeel", "regio_aandeel", "index"])
        let chosen = o.municipality.flatMap { d.municipalityIndex[$0] }
        for year in d.years {
            let mix = d.productMix(year: year) { $0.category }
            for (gi, group) in mix.groups.enumerated() {
                let areas: [Int?] = (chosen.map { [$0] } ?? Array(d.municipalities.indices)) + [nil]
                for m in areas {
                    let f = m.map { mix.byMunicipality[$0][gi] } ?? mix.region[gi]
                    tidy.append([.count(year), .text(m.map { d.municipalities[$0].code } ?? Area.regionKey), .text(group), .count(f.clients),
                                 f.share.map { .fraction($0, decimals: 4) } ?? .empty, f.regionShare.map { .fraction($0, decimals: 4) } ?? .empty,
                                 f.index.map { .number($0, decimals: 1) } ?? .empty],
                                bases: ["regio_aandeel": [f.regionClients], "index": [f.clients, f.regionClients]])
                }
            }
        }
        let year = o.year ?? d.delivery.month.year
        let layout = chosen.map { [MunicipalityTables.mix(d, year: year, municipality: $0, bySegment: false),
                                   MunicipalityTables.mix(d, year: year, municipality: $0, bySegment: true)] }
            ?? [MunicipalityTables.mixMatrix(d, year: year)]
        return Report(name: "municipality-products", title: layout[0].title, tidy: tidy, layout: layout)
    }
}

/// The people's tables of the municipality comparison, shared by the Gemeenten screen and
/// `report municipalities` / `municipality-products`.
public enum MunicipalityTables {
    /// A figure as scripts get it.
    static func plain(_ x: Double?, _ indicator: Indicator, normalised: Bool) -> ReportValue {
        guard let x else { return .empty }
        return normalised ? .number(x, decimals: 4) : (indicator == .declared || indicator == .costPerClient ? .euros(x, decimals: 0) : .number(x, decimals: 1))
    }

    /// A figure as people read it, flagged when it stands out against the region.
    public static func shown(_ f: IndicatorFigure?, _ indicator: Indicator, normalised: Bool, flag: Bool = true) -> ReportValue {
        guard let f, let x = normalised ? f.normalised : f.value else { return .empty }
        let value: ReportValue
        switch (indicator.normalisation, normalised, indicator) {
        case (.perThousandYouths, true, _): value = .number(x, decimals: 1)
        case (.perYouth, true, _): value = .euros(x, decimals: 0)
        case (_, _, .declared), (_, _, .costPerClient): value = .euros(x, decimals: 0)
        case (_, _, .medianDuration): value = .number(x, decimals: 0)
        default: value = .count(Int(x.rounded()))
        }
        guard flag, let d = f.deviation else { return value }
        return .flagged(value, d)
    }

    public static func columnTitle(_ indicator: Indicator, normalised: Bool) -> String {
        guard normalised else { return indicator.label }
        switch indicator.normalisation {
        case .perThousandYouths: return "\(indicator.label) ‰"
        case .perYouth: return "\(indicator.label) p.j."
        case .none: return indicator.label
        }
    }

    /// The 11 and the region (rows) by the indicators (columns) for one year.
    public static func matrix(_ d: Dataset, _ c: MunicipalityComparison, year: Int, normalised: Bool) -> WideTable {
        // What each indicator's figure rests on (small-cell protection): its count, shown or not.
        func bases(year: Int, municipality m: Int?) -> [Int: [Int]] {
            SmallCells.each(Indicator.allCases.map { c.figure(year: year, $0, municipality: m)?.bases ?? [] })
        }
        var carried = false
        var rows: [WideTable.Row] = d.municipalities.indices.map { m in
            let star = c.youths(year: year, municipality: m)?.isCarriedForward == true
            carried = carried || star
            return .init(d.municipalities[m].name + (star ? "*" : ""), Indicator.allCases.map { shown(c.figure(year: year, $0, municipality: m), $0, normalised: normalised) },
                         key: d.municipalities[m].code, bases: bases(year: year, municipality: m))
        }
        rows.append(.init("Regio", Indicator.allCases.map { shown(c.figure(year: year, $0, municipality: nil), $0, normalised: normalised, flag: false) },
                          kind: .total, key: Area.regionKey, bases: bases(year: year, municipality: nil)))
        let partial = year == d.delivery.month.year && d.delivery.month.number < 12
        return WideTable(
            title: "Gemeenten naast elkaar, \(year)\(partial ? " t/m \(DutchCalendar.name(of: d.delivery.month))" : "") — \(normalised ? "genormeerd" : "absoluut")",
            corner: "Gemeente",
            columns: Indicator.allCases.map { columnTitle($0, normalised: normalised) },
            rows: rows, columnKeys: Indicator.allCases.map(\.rawValue),
            footnotes: ["‰ per 1.000 jeugdigen; p.j. per jeugdige inwoner. ▲ index ≥ 125, ▼ index ≤ 80 tegen de regio (genormeerd)."]
                + (carried ? ["* jeugdigen van een eerder jaar (inwoners.csv heeft dit jaar nog niet)."] : []))
    }

    /// One municipality's normalised indicators per year, each with the region's below it.
    public static func profile(_ d: Dataset, _ c: MunicipalityComparison, municipality m: Int) -> WideTable {
        var rows: [WideTable.Row] = []
        for indicator in Indicator.allCases {
            // What each year's figure rests on (small-cell protection): its count, shown or not.
            func bases(_ m: Int?) -> [Int: [Int]] { SmallCells.each(c.years.map { c.figure(year: $0, indicator, municipality: m)?.bases ?? [] }) }
            rows.append(.init(columnTitle(indicator, normalised: true), c.years.map { shown(c.figure(year: $0, indicator, municipality: m), indicator, normalised: true) },
                              key: indicator.rawValue, bases: bases(m)))
            rows.append(.init("  regio", c.years.map { shown(c.figure(year: $0, indicator, municipality: nil), indicator, normalised: true, flag: false) },
                              key: "\(Area.regionKey):\(indicator.rawValue)", bases: bases(nil)))
        }
        let partial = d.delivery.month.number < 12
        return WideTable(
            title: "\(d.municipalities[m].name) tegen de regio per jaar", corner: "Indicator",
            columns: c.years.map { $0 == d.delivery.month.year && partial ? "\($0)*" : String($0) }, rows: rows,
            footnotes: ["‰ per 1.000 jeugdigen; p.j. per jeugdige inwoner. ▲ index ≥ 125, ▼ index ≤ 80."]
                + (partial ? ["* t/m \(DutchCalendar.name(of: d.delivery.month))."] : []))
    }

    /// A municipality's product mix against the region, the largest deviation first.
    public static func mix(_ d: Dataset, year: Int, municipality m: Int, bySegment: Bool) -> WideTable {
        let mix = bySegment ? d.productMix(year: year) { String($0.segment) } : d.productMix(year: year) { $0.category }
        let figures = mix.byMunicipality[m].sorted {
            let a = abs(($0.index ?? 100) - 100), b = abs(($1.index ?? 100) - 100)
            return a != b ? a > b : $0.group < $1.group
        }
        return WideTable(
            title: "Zorggebruik van \(d.municipalities[m].name) per \(bySegment ? "segment" : "productcategorie"), \(year)", corner: bySegment ? "Segment" : "Productcategorie",
            columns: ["Cliënten", "Aandeel", "Regio", "Index"],
            rows: figures.map { f in
                let index: ReportValue = f.index.map { i in Deviation(index: i).map { .flagged(.number(i, decimals: 0), $0) } ?? .number(i, decimals: 0) } ?? .empty
                return .init(bySegment ? ProductGroupNames.segment(Int(f.group) ?? 0) : ProductGroupNames.category(f.group),
                             [.count(f.clients), f.share.map { .fraction($0, decimals: 1) } ?? .empty, f.regionShare.map { .fraction($0, decimals: 1) } ?? .empty, index],
                             key: f.group, bases: [2: [f.regionClients], 3: [f.clients, f.regionClients]])
            },
            footnotes: ["Aandeel: cliënten met een toewijzing in de groep / jeugdigen in zorg van de gemeente. Index: 100 × aandeel / aandeel van de regio; bovenaan wat het meest afwijkt."],
            roles: [0: .count, 1: .from(0)])
    }

    /// Categories (rows) by municipalities (columns): the share of their youths in care.
    public static func mixMatrix(_ d: Dataset, year: Int) -> WideTable {
        let mix = d.productMix(year: year) { $0.category }
        return WideTable(
            title: "Aandeel jeugdigen in zorg per productcategorie, \(year)", corner: "Productcategorie",
            columns: d.municipalities.map(\.name) + ["Regio"],
            rows: mix.groups.enumerated().map { gi, g in
                .init(ProductGroupNames.category(g), d.municipalities.indices.map { m in
                    let f = mix.byMunicipality[m][gi]
                    guard let share = f.share else { return ReportValue.empty }
                    let v = ReportValue.fraction(share, decimals: 1)
                    return f.index.flatMap(Deviation.init(index:)).map { .flagged(v, $0) } ?? v
                } + [mix.region[gi].share.map { .fraction($0, decimals: 1) } ?? .empty], key: g,
                bases: SmallCells.each(d.municipalities.indices.map { mix.byMunicipality[$0][gi].clients } + [mix.region[gi].clients]))
            },
            columnKeys: d.municipalities.map(\.code) + [Area.regionKey],
            footnotes: ["▲ index ≥ 125, ▼ index ≤ 80 tegen het aandeel van de regio."])
    }
}
