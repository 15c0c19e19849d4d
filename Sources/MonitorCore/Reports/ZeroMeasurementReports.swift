/// The three tables of the 0-meting (programme plan, appendix 2) as reports.
enum ZeroMeasurementReports {
    static let regionCode = "regio"
    static let regionLabel = "Totaal Een10vdJ"

    static func inCare(_ d: Dataset, measure: Measure = .absolute) -> Report {
        let t = d.youthsInCare()
        let years = ReportYears(d)
        var tidy = TidyTable(columns: ["jaar", "gemeentecode", "gemeente", "jeugdigen"])
        for (yi, year) in t.years.enumerated() {
            for (mi, m) in d.municipalities.enumerated() {
                tidy.rows.append([.count(year), .text(m.code), .text(m.name), .count(t.counts[yi][mi])])
            }
            tidy.rows.append([.count(year), .text(regionCode), .text(regionLabel), .count(t.region[yi])])
        }
        func shown(_ yi: Int) -> [ReportValue] {
            let year = t.years[yi]
            return d.municipalities.indices.map { measure.value(t.counts[yi][$0], youths: d.youths(municipality: $0, year: year)) }
                + [measure.value(t.region[yi], youths: d.regionYouths(year: year))]
        }
        // The counts each column rests on (shown per 1.000 or not): for small-cell protection.
        func counts(_ yi: Int) -> [Int] { t.counts[yi] + [t.region[yi]] }
        var rows: [WideTable.Row] = years.all.map { year in
            guard let yi = t.years.firstIndex(of: year) else {
                return .init(years.label(year), Array(repeating: .empty, count: d.municipalities.count + 1))
            }
            return .init(years.label(year), shown(yi), bases: SmallCells.each(counts(yi)))
        }
        // The plan's "Ontwikkeling" row: 2023 against 2022; later years each against the year before.
        // An incomplete year (the delivery's own) is not compared: fewer months, fewer clients.
        for yi in t.years.indices.dropFirst() where !(years.isPartial && t.years[yi] == years.delivery.year) {
            let values = zip(shown(yi - 1), shown(yi)).map { change($0, $1) }
            let label = yi == 1 ? "Ontwikkeling" : "Ontwikkeling \(t.years[yi])"
            rows.append(.init(label, values, kind: .development, bases: SmallCells.each(zip(counts(yi - 1), counts(yi)).map { [$0, $1] })))
        }
        let wide = WideTable(
            title: "Aantal jeugdigen in zorg per gemeente" + measure.titleSuffix,
            columns: d.municipalities.map(\.name) + [regionLabel], rows: rows,
            columnKeys: d.municipalities.map(\.code) + [regionCode],
            footnotes: ["Ontwikkeling: \(t.years.dropFirst().first.map(String.init) ?? "") ten opzichte van het jaar ervoor. Een jeugdige in meer gemeenten telt in het regiototaal één keer."] + years.footnotes)
        return Report(name: "in-care", title: "Aantal jeugdigen in zorg per gemeente", tidy: tidy, layout: [wide])
    }

    static func residential(_ d: Dataset, measure: Measure = .absolute) -> Report {
        let t = d.residentialClients()
        let years = ReportYears(d)
        var tidy = TidyTable(columns: ["jaar", "categorie", "clienten"])
        for (yi, year) in t.years.enumerated() {
            tidy.rows.append([.count(year), .text("S1-verblijf"), .count(t.segment1[yi])])
            tidy.rows.append([.count(year), .text("S2"), .count(t.segment2[yi])])
            tidy.rows.append([.count(year), .text("totaal"), .count(t.total[yi])])
        }
        func series(_ values: [Int]) -> [ReportValue] {
            years.all.map { y in t.years.firstIndex(of: y).map { measure.value(values[$0], youths: d.regionYouths(year: y)) } ?? .empty }
        }
        func counts(_ values: [Int]) -> [Int: [Int]] { SmallCells.each(years.all.map { y in t.years.firstIndex(of: y).map { [values[$0]] } ?? [] }) }
        let wide = WideTable(
            title: "Aantal unieke cliënten in verblijf" + measure.titleSuffix,
            columns: years.all.map(years.label),
            rows: [
                .init("Segment 1 - verblijf", series(t.segment1), bases: counts(t.segment1)),
                .init("Segment 2 - wonen", series(t.segment2), bases: counts(t.segment2)),
                .init("Totaal unieke cliënten verblijf*", series(t.total), kind: .total, bases: counts(t.total)),
            ],
            footnotes: ["* Is het totaal lager dan de optelsom van beide segmenten, dan is een of meer cliënten in dat jaar in verblijf geweest binnen segment 1 én segment 2."] + years.footnotes)
        return Report(name: "residential", title: "Aantal unieke cliënten in verblijf", tidy: tidy, layout: [wide])
    }

    static func residentialByMunicipality(_ d: Dataset, measure: Measure = .absolute) -> Report {
        let t = d.residentialClients()
        let years = ReportYears(d)
        let classes: [ResidenceClass] = [.s1Residential, .s2FamilyLike, .s2Living]
        var tidy = TidyTable(columns: ["jaar", "gemeentecode", "gemeente", "categorie", "clienten"])
        for (yi, year) in t.years.enumerated() {
            for (mi, m) in d.municipalities.enumerated() {
                for c in classes {
                    tidy.rows.append([.count(year), .text(m.code), .text(m.name), .text(c.rawValue), .count(t.byMunicipality[yi][mi][c])])
                }
            }
        }
        let shown = Array(years.withData)
        var rows: [WideTable.Row] = d.municipalities.indices.map { mi in
            .init(d.municipalities[mi].name, classes.flatMap { c in
                shown.map { y in measure.value(t.byMunicipality[y - shown[0]][mi][c], youths: d.youths(municipality: mi, year: y)) }
            }, key: d.municipalities[mi].code,
            bases: SmallCells.each(classes.flatMap { c in shown.map { y in t.byMunicipality[y - shown[0]][mi][c] } }))
        }
        rows.append(.init("Eindtotaal", classes.flatMap { c in
            shown.map { y in measure.value(t.regionByClass[y - shown[0]][c], youths: d.regionYouths(year: y)) }
        }, kind: .total, key: regionCode, bases: SmallCells.each(classes.flatMap { c in shown.map { y in t.regionByClass[y - shown[0]][c] } })))
        let wide = WideTable(
            title: "Verblijf per gemeente, segment 2 nader gespecificeerd naar wonen en gezinsnabij" + measure.titleSuffix,
            groups: classes.map { ($0.rawValue, shown.count) },
            columns: classes.flatMap { _ in shown.map(years.label) }, rows: rows,
            footnotes: ["Pleegzorg en gezinshuizen vallen onder gezinsnabij. Eindtotaal telt iedere cliënt één keer."] + years.footnotes)
        return Report(name: "residential-by-municipality", title: wide.title, tidy: tidy, layout: [wide])
    }

    static func customArrangements(_ d: Dataset) -> Report {
        let t = d.customArrangements()
        let years = ReportYears(d)
        var tidy = TidyTable(columns: ["jaar", "gemeentecode", "gemeente", "voorzieningen"])
        let region = t.region
        for (yi, year) in t.years.enumerated() {
            for (mi, m) in d.municipalities.enumerated() {
                tidy.rows.append([.count(year), .text(m.code), .text(m.name), .count(t.counts[yi][mi])])
            }
            tidy.rows.append([.count(year), .text(regionCode), .text(regionLabel), .count(region[yi])])
        }
        let rows: [WideTable.Row] = years.all.map { year in
            guard let yi = t.years.firstIndex(of: year) else {
                return .init(years.label(year), Array(repeating: .empty, count: d.municipalities.count + 1))
            }
            return .init(years.label(year), t.counts[yi].map { .count($0) } + [.count(region[yi])])
        }
        let wide = WideTable(
            title: "Maatwerkvoorzieningen per gemeente",
            columns: d.municipalities.map(\.name) + [regionLabel], rows: rows,
            columnKeys: d.municipalities.map(\.code) + [regionCode],
            footnotes: ["Toewijzingen actief in het jaar waarvan de aanbieder op de ingangsdatum geen contract had voor het product."] + years.footnotes,
            roles: SmallCells.allCounts(d.municipalities.count + 1))
        return Report(name: "custom-arrangements", title: wide.title, tidy: tidy, layout: [wide])
    }

    static func change(_ previous: ReportValue, _ current: ReportValue) -> ReportValue {
        guard let p = previous.numericValue, let c = current.numericValue else { return .empty }
        return development(from: p, to: c).map { .fraction($0, decimals: 1) } ?? .empty
    }
}
