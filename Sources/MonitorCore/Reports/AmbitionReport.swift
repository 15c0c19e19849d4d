/// The 2028 ambitions against their 0-meting, per year: "is the region on track?".
enum AmbitionReport {
    static func build(_ d: Dataset) -> Report {
        let ambitions = d.ambitions()
        let years = Array(d.years)
        let labels = ReportYears(d)
        let statusYear = d.lastCompleteYear
        var tidy = TidyTable(columns: ["ambitie", "omschrijving", "jaar", "waarde", "doel_2028", "gemeten", "totaal"])
        var rows: [WideTable.Row] = []
        for a in ambitions {
            let target = targetValue(a.target, baseline: baseline(a, years: years))
            let targetNumber = targetNumber(a.target, baseline: baseline(a, years: years))
            // A target below the 0-meting is the 0-meting's figure: it rests on its counts.
            let targetBases = a.target == .belowBaseline ? years.firstIndex(of: ProgrammeTargets.baselineYear).flatMap { a.bases[safe: $0] } ?? [] : []
            for (i, (year, value)) in zip(years, a.values).enumerated() {
                let covered = a.coverage[safe: i] ?? nil
                // A placement ambition keeps its year while anything was placed, so its coverage shows.
                guard value != .empty || (covered?.total ?? 0) > 0 else { continue }
                tidy.append([.text(a.id), .text(a.title), .count(year), value, targetNumber,
                             covered.map { .count($0.measured) } ?? .empty, covered.map { .count($0.total) } ?? .empty],
                            bases: ["waarde": a.bases[safe: i] ?? [], "doel_2028": targetBases])
            }
            let statusIndex = years.firstIndex(of: statusYear)
            let coverage = statusIndex.flatMap { a.coverage[safe: $0] ?? nil }
            // The status rests on the last full year with a value.
            let statusBases = years.indices.last { years[$0] <= statusYear && a.values[$0] != .empty }.flatMap { a.bases[safe: $0] } ?? []
            var bases: [Int: [Int]] = [0: statusBases, 1: targetBases]
            for i in a.values.indices { bases[2 + i] = a.bases[safe: i] ?? [] }
            bases[2 + a.values.count] = coverage.map { [$0.measured, $0.total] } ?? []
            // The answer first (where it stands, the target), so it shows in a narrow window too.
            rows.append(.init(a.title, [status(a, years: years, lastCompleteYear: statusYear), target] + a.values
                                  + [coverage.map { .text("\(DutchNumber.integer($0.measured)) van \(DutchNumber.integer($0.total))") } ?? .empty],
                              key: a.id, bases: bases.filter { !$0.value.isEmpty }))
        }
        let placementNote = d.hasPlacements
            ? ["Kleinschalig, onderwijs, 15 km en Verklarende Analyse: uit de plaatsingenbestanden van \(d.delivery.placementFiles.count) van de \(d.municipalities.count) gemeenten; gemeten: de plaatsingen (of jeugdigen) met een bekende waarde, van alle in verblijf in de regio."]
            : []
        let wide = WideTable(
            title: "Ambities 2028 en hun 0-meting (\(ProgrammeTargets.baselineYear))",
            corner: "Ambitie", columns: ["Stand \(statusYear)", "Doel 2028"] + years.map(labels.label) + ["Gemeten \(statusYear)"], rows: rows,
            footnotes: ["Doelen uit het programmaplan (§4–§5). Stand: het laatste volle jaar tegen het doel (een lopend jaar nooit); 'geen data' waar de levering de ambitie niet meet. Tempo en prognose: 'jeugdmonitor report ambitions-pace'."]
                + placementNote + labels.footnotes)
        return Report(name: "ambitions", title: wide.title, tidy: tidy, layout: [wide])
    }

    static func baseline(_ a: Ambition, years: [Int]) -> ReportValue {
        years.firstIndex(of: ProgrammeTargets.baselineYear).map { a.values[$0] } ?? .empty
    }

    static func targetValue(_ t: Ambition.Target, baseline: ReportValue) -> ReportValue {
        switch t {
        case .atMost(let n): .text("≤ \(DutchNumber.integer(n))")
        case .atLeastShare(let s): .text("≥ \(DutchNumber.percent(s, decimals: 0))")
        case .belowBaseline: baseline.numericValue.map { .text("< \(DutchNumber.decimal($0, decimals: 0))") } ?? .empty
        }
    }

    /// The target as a number for spreadsheets (the "at most" or "at least" is the ambition's own).
    static func targetNumber(_ t: Ambition.Target, baseline: ReportValue) -> ReportValue {
        switch t {
        case .atMost(let n): .count(n)
        case .atLeastShare(let s): .fraction(s, decimals: 0)
        case .belowBaseline: baseline
        }
    }

    /// Where the last full year stands against the target: a running year is never compared
    /// with a full-year target (its figure changes with every delivery).
    static func status(_ a: Ambition, years: [Int], lastCompleteYear: Int) -> ReportValue {
        let full = zip(years, a.values).filter { $0.0 <= lastCompleteYear }.map(\.1)
        guard a.unmeasuredReason == nil, let latest = full.last(where: { $0 != .empty })?.numericValue else { return .status("geen data", .unknown) }
        switch a.target {
        case .atMost(let n): return latest <= Double(n) ? .status("gehaald", .met) : .status("nog \(DutchNumber.integer(Int(latest) - n)) te veel", .notMet)
        case .atLeastShare(let s): return latest >= s ? .status("gehaald", .met) : .status("nog niet", .notMet)
        case .belowBaseline:
            guard let base = baseline(a, years: years).numericValue else { return .status("geen 0-meting", .unknown) }
            return latest < base ? .status("lager", .met) : .status("niet lager", .notMet)
        }
    }

    /// Contract §7.7: per ambition its full years, trend, prognosis for 2028 and the pace it needs.
    static func pace(_ d: Dataset) -> Report {
        var tidy = TidyTable(columns: ["ambitie", "omschrijving", "nulmeting_jaar", "nulmeting", "laatste_volle_jaar", "laatste_waarde", "doel_2028",
                                       "trend_per_jaar", "prognose_2028", "benodigd_per_jaar", "op_koers", "laatste_12_maanden"])
        var rows: [WideTable.Row] = []
        for p in d.ambitionPace() {
            let share: Bool = { if case .atLeastShare = p.ambition.target { return true } else { return false } }()
            func plain(_ x: Double?) -> ReportValue { x.map { share ? .fraction($0, decimals: 4) : .number($0, decimals: 2) } ?? .empty }
            func shown(_ x: Double?) -> ReportValue { x.map { share ? .fraction($0, decimals: 1) : .number($0, decimals: 0) } ?? .empty }
            let verdict: ReportValue = p.onCourse.map { $0 ? .status("op koers", .met) : .status("niet op koers", .notMet) } ?? .status("geen prognose", .unknown)
            // What each figure rests on, for small-cell protection: a target below the 0-meting is
            // the 0-meting; the pace needed runs from the last full year to the target.
            let target = p.ambition.target == .belowBaseline ? p.baselineBases : []
            tidy.append([.text(p.ambition.id), .text(p.ambition.title), p.baselineYear.map { .count($0) } ?? .empty, plain(p.baseline),
                         p.lastFullYear.map { .count($0) } ?? .empty, plain(p.lastValue), plain(p.target), plain(p.trendPerYear),
                         plain(p.prognosis2028), plain(p.neededPerYear), .text(p.onCourse.map { $0 ? "ja" : "nee" } ?? ""), plain(p.lastTwelveMonths)],
                        bases: ["nulmeting": p.baselineBases, "laatste_waarde": p.lastValueBases, "doel_2028": target, "trend_per_jaar": p.fullYearBases,
                                "prognose_2028": p.fullYearBases, "benodigd_per_jaar": p.lastValueBases + target, "op_koers": p.fullYearBases + target,
                                "laatste_12_maanden": p.lastTwelveMonthsBases])
            // The answer first (on course, target, prognosis), so it shows in a narrow window too.
            rows.append(.init(p.ambition.title, [verdict, shown(p.target), shown(p.prognosis2028),
                                                 p.lastFullYear.map { .text("\($0): \(shown(p.lastValue).displayText)") } ?? .empty,
                                                 shown(p.baseline), shown(p.trendPerYear), shown(p.neededPerYear), shown(p.lastTwelveMonths)], key: p.ambition.id,
                              bases: [0: p.fullYearBases + target, 1: target, 2: p.fullYearBases, 3: p.lastValueBases, 4: p.baselineBases,
                                      5: p.fullYearBases, 6: p.lastValueBases + target, 7: p.lastTwelveMonthsBases].filter { !$0.value.isEmpty }))
        }
        let window = d.lastTwelveMonths
        let wide = WideTable(
            title: "Ambities 2028: tempo en prognose uit de volle jaren", corner: "Ambitie",
            columns: ["Op koers 2028", "Doel 2028", "Prognose 2028", "Laatste vol jaar", "0-meting", "Trend/jaar", "Nodig/jaar", "Laatste 12 mnd"],
            rows: rows,
            footnotes: ["Alleen volle kalenderjaren tegen het doel; trend: kleinste kwadraten vanaf de 0-meting. Laatste 12 maanden: \(DutchCalendar.name(of: window.first.month)) t/m \(DutchCalendar.name(of: window.last.month)), niet met het jaardoel vergeleken."])
        return Report(name: "ambitions-pace", title: wide.title, tidy: tidy, layout: [wide])
    }
}
