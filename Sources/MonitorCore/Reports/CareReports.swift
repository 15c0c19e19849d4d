/// Reports on care delivered: beschikt and gedeclareerd per month, and trajectduur.
enum CareReports {
    static func monthlyAmounts(_ d: Dataset) -> Report {
        let t = d.monthlyAmounts()
        var tidy = TidyTable(columns: ["maand", "gemeentecode", "gemeente", "beschikt", "gedeclareerd"])
        var rows: [WideTable.Row] = []
        for (i, month) in t.months.enumerated() {
            for (mi, m) in d.municipalities.enumerated() {
                tidy.rows.append([.text(month.description), .text(m.code), .text(m.name),
                                  .euros(t.beschikt[i][mi], decimals: 0), .euros(Double(t.declaredCents[i][mi]) / 100, decimals: 0)])
            }
            let beschikt = t.regionBeschikt(i), declared = Double(t.regionDeclaredCents(i)) / 100
            tidy.rows.append([.text(month.description), .text(ZeroMeasurementReports.regionCode), .text(ZeroMeasurementReports.regionLabel),
                              .euros(beschikt, decimals: 0), .euros(declared, decimals: 0)])
            rows.append(.init(DutchCalendar.shortName(of: month), [
                .euros(beschikt, decimals: 0), .euros(declared, decimals: 0),
                beschikt > 0 ? .fraction(declared / beschikt, decimals: 1) : .empty,
            ]))
        }
        let wide = WideTable(
            title: "Beschikt en gedeclareerd per maand (regio)", corner: "Maand",
            columns: ["Beschikt", "Gedeclareerd", "Verzilvering"], rows: rows,
            footnotes: ["Gedeclareerd: ontvangen tot de leverdatum. Declaraties komen weken tot maanden na de zorgmaand binnen (na-ijl), dus recente maanden zijn nog niet compleet."])
        return Report(name: "monthly-amounts", title: wide.title, tidy: tidy, layout: [wide])
    }

    static func trajectoryDuration(_ d: Dataset) -> Report {
        let t = d.trajectoryDurations()
        var tidy = TidyTable(columns: ["jaar", "gemeentecode", "gemeente", "trajecten", "gemiddelde_duur_dagen", "mediaan_duur_dagen"])
        func values(_ s: TrajectoryDurationTable.Summary) -> [ReportValue] {
            [.count(s.count), s.meanDays.map { .number($0, decimals: 1) } ?? .empty, s.medianDays.map { .number($0, decimals: 1) } ?? .empty]
        }
        var rows: [WideTable.Row] = []
        for (yi, year) in t.years.enumerated() {
            for (mi, m) in d.municipalities.enumerated() {
                tidy.rows.append([.count(year), .text(m.code), .text(m.name)] + values(t.summary(yearIndex: yi, municipality: mi)))
            }
            let region = t.regionSummary(yearIndex: yi)
            tidy.rows.append([.count(year), .text(ZeroMeasurementReports.regionCode), .text(ZeroMeasurementReports.regionLabel)] + values(region))
            rows.append(.init(ReportYears(d).label(year), values(region)))
        }
        let wide = WideTable(
            title: "Trajectduur (regio, trajecten die in het jaar eindigen)", corner: "Jaar",
            columns: ["Trajecten", "Gemiddeld (dagen)", "Mediaan (dagen)"], rows: rows,
            footnotes: ["Traject: aaneengesloten toewijzingen (hooguit één dag ertussen) van één cliënt, gemeente, product en aanbieder."] + ReportYears(d).footnotes)
        return Report(name: "trajectory-duration", title: wide.title, tidy: tidy, layout: [wide])
    }
}
