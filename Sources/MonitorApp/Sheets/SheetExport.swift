import MonitorCore

/// CSV of the table in view, as shown: the current sort and filter, plain numbers.
enum SheetExport {
    static func csv(_ sheet: Sheet) -> String {
        let corner = sheet.table.corner.isEmpty ? UIText.exportCornerFallback : sheet.table.corner
        let rows = (sheet.rows + (sheet.footer.map { [$0] } ?? [])).map { [ReportValue.text($0.label)] + $0.values }
        return CSVExport.render(columns: [corner] + SheetColumns.titles(sheet.table), rows: rows)
    }
}

/// Column titles of a wide table on screen: group and column in one title, since a
/// scrolling table has one header row ("S1 2022" for S1-verblijf, year 2022).
enum SheetColumns {
    static let groupAbbreviations = ["S1-verblijf": "S1", "S2-gezinsnabij": "S2-gzn", "S2-wonen": "S2-won"]

    static func titles(_ t: WideTable) -> [String] {
        guard !t.groups.isEmpty else { return t.columns }
        var titles: [String] = []
        var i = 0
        for g in t.groups {
            let short = groupAbbreviations[g.title] ?? g.title
            for c in t.columns[i..<min(i + g.span, t.columns.count)] { titles.append("\(short) \(c)") }
            i += g.span
        }
        return titles
    }
}
