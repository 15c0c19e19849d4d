/// Trajectduur: how long trajecten last, counted in the year they end.
enum CareReports {
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
            footnotes: ["Traject: aaneengesloten toewijzingen (hooguit één dag ertussen) van één cliënt, gemeente, product en aanbieder."] + ReportYears(d).footnotes,
            roles: [0: .count, 1: .from(0), 2: .from(0)])
        return Report(name: "trajectory-duration", title: wide.title, tidy: tidy, layout: [wide])
    }
}
