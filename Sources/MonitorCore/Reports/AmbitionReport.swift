/// The 2028 ambitions against their 0-meting, per year: "is the region on track?".
enum AmbitionReport {
    static func build(_ d: Dataset) -> Report {
        let ambitions = d.ambitions()
        let years = Array(d.years)
        let labels = ReportYears(d)
        var tidy = TidyTable(columns: ["ambitie", "omschrijving", "jaar", "waarde", "doel_2028"])
        var rows: [WideTable.Row] = []
        for a in ambitions {
            let target = targetValue(a.target, baseline: baseline(a, years: years))
            for (year, value) in zip(years, a.values) where value != .empty {
                tidy.rows.append([.text(a.id), .text(a.title), .count(year), value, target])
            }
            rows.append(.init(a.title, a.values + [target, status(a, years: years)], key: a.id))
        }
        let wide = WideTable(
            title: "Ambities 2028 en hun 0-meting (\(ProgrammeTargets.baselineYear))",
            corner: "Ambitie", columns: years.map(labels.label) + ["Doel 2028", "Stand"], rows: rows,
            footnotes: ["Doelen uit het programmaplan (§4–§5). Stand: de laatste meting tegen het doel; 'geen data' waar de levering de ambitie niet meet."] + labels.footnotes)
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

    /// Where the latest measured year stands against the target.
    static func status(_ a: Ambition, years: [Int]) -> ReportValue {
        guard a.unmeasuredReason == nil, let latest = a.values.last(where: { $0 != .empty })?.numericValue else { return .status("geen data", .unknown) }
        switch a.target {
        case .atMost(let n): return latest <= Double(n) ? .status("gehaald", .met) : .status("nog \(DutchNumber.integer(Int(latest) - n)) te veel", .notMet)
        case .atLeastShare(let s): return latest >= s ? .status("gehaald", .met) : .status("nog niet", .notMet)
        case .belowBaseline:
            guard let base = baseline(a, years: years).numericValue else { return .status("geen 0-meting", .unknown) }
            return latest < base ? .status("lager", .met) : .status("niet lager", .notMet)
        }
    }
}
