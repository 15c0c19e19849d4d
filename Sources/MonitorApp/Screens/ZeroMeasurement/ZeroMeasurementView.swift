import MonitorCore
import TerminalUI

/// All three tables stacked when they fit, else the focused one (and its neighbours that fit);
/// the bar chart beside them on wide windows, below on narrow ones.
extension ZeroMeasurementScreen {
    struct Panel {
        var table: TableName
        var titleArea: Rect
        var tableArea: Rect
        var legendArea: Rect?
    }

    struct Layout {
        var panels: [Panel]
        var chart: Rect?
        /// Not all tables fit: only the focused one (and its neighbours that fit) are shown.
        var isCompact: Bool
        /// Spare lines below the tables, for the focused table's footnotes.
        var notes: Rect? = nil
    }

    func layout(_ body: Rect, context: ScreenContext) -> Layout {
        var tablesArea = body
        var chart: Rect?
        if showsChart {
            if body.width >= 120 {
                let width = min(56, body.width / 3)
                let split = body.splitLeft(body.width - width - 1)
                tablesArea = split.left
                chart = split.rest.inset(left: 1)
            } else {
                let height = min(15, max(6, body.height / 2))
                let split = body.splitBottom(height)
                tablesArea = split.rest
                chart = split.bottom
            }
        }
        let names = TableName.allCases
        let tables = names.map { table($0, in: context) }
        let heights = tables.map(Self.naturalHeight)
        let focusIndex = names.firstIndex(of: focus) ?? 0
        let shown = Self.visibleTables(heights: heights, focus: focusIndex, height: tablesArea.height)
        guard shown.count > 1 else {
            // One table: its natural height when it fits (total row right under the rows), else all there is.
            let h = min(heights[focusIndex], tablesArea.height)
            let area = Rect(x: tablesArea.x, y: tablesArea.y, width: tablesArea.width, height: h)
            let notes = h + 1 < tablesArea.height ? Rect(x: tablesArea.x, y: tablesArea.y + h + 1, width: tablesArea.width, height: tablesArea.height - h - 1) : nil
            return Layout(panels: [Self.panel(focus, area, table: tables[focusIndex])], chart: chart, isCompact: true, notes: notes)
        }
        var panels: [Panel] = []
        var y = tablesArea.y
        for i in shown {
            panels.append(Self.panel(names[i], Rect(x: tablesArea.x, y: y, width: tablesArea.width, height: heights[i]), table: tables[i]))
            y += heights[i] + 1
        }
        let notes = y < tablesArea.maxY ? Rect(x: tablesArea.x, y: y, width: tablesArea.width, height: tablesArea.maxY - y) : nil
        return Layout(panels: panels, chart: chart, isCompact: shown.count < tables.count, notes: notes)
    }

    /// The longest run of tables, in the plan's order, that contains the focused one and fits.
    static func visibleTables(heights: [Int], focus: Int, height: Int) -> [Int] {
        var best = [focus]
        for start in 0...focus {
            for end in focus..<heights.count {
                let needed = heights[start...end].reduce(0, +) + (end - start)
                if needed <= height, end - start + 1 > best.count { best = Array(start...end) }
            }
        }
        return best
    }

    /// Title line, header, rows, the total row with its rule, and a legend for grouped tables.
    static func naturalHeight(_ t: WideTable) -> Int {
        let developments = t.rows.filter { $0.kind == .development }.count
        let totals = t.rows.contains { $0.kind == .total } ? 2 : 0
        let body = t.rows.filter { $0.kind == .normal }.count + developments + (developments > 0 ? 1 : 0)
        return 1 + 1 + body + totals + (t.groups.isEmpty ? 0 : 1)
    }

    static func panel(_ name: TableName, _ area: Rect, table: WideTable) -> Panel {
        let (title, rest) = area.splitTop(1)
        if !table.groups.isEmpty, rest.height > 4 {
            let (tableArea, legend) = rest.splitBottom(1)
            return Panel(table: name, titleArea: title, tableArea: tableArea, legendArea: legend)
        }
        return Panel(table: name, titleArea: title, tableArea: rest, legendArea: nil)
    }

    public mutating func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        let names = TableName.allCases
        let layout = layout(area, context: context)
        for p in layout.panels {
            let table = table(p.table, in: context)
            let focused = p.table == focus
            var state = sheetState(p.table)
            let sheet = Sheet(table, sort: state.sort, filter: state.filter)
            var title = "Tabel \((names.firstIndex(of: p.table) ?? 0) + 1) van \(names.count): \(table.title)"
            if layout.isCompact && focused { title += "   (t: volgende tabel)" }
            SheetView.titleLine(title, number: nil, focused: focused, state: state, sheet: sheet)
                .render(into: &buffer, at: Position(x: p.titleArea.x, y: p.titleArea.y), clippedTo: p.titleArea)
            var view = SheetView.table(sheet, focused: focused, marked: context.myMunicipality)
            view.showsCursor = focused
            view.render(into: &buffer, area: p.tableArea, state: &state.table)
            sheets[p.table] = state
            if let legendArea = p.legendArea {
                Line(Self.legend, style: .foreground(.muted)).render(into: &buffer, at: Position(x: legendArea.x, y: legendArea.y), clippedTo: legendArea)
            }
        }
        let focusedTable = table(focus, in: context)
        if let notes = layout.notes {
            var y = notes.y
            for note in focusedTable.footnotes where y < notes.maxY {
                Line(note, style: .foreground(.muted)).render(into: &buffer, at: Position(x: notes.x, y: y), clippedTo: notes)
                y += 1
            }
        }
        if let chartArea = layout.chart {
            Self.renderChart(focusedSheet(in: context), cursor: focusedSheetState.table, into: &buffer, area: chartArea)
        }
    }

    /// Tables with a row per municipality chart the cursor's column down the rows; the
    /// others chart the cursor's row across the municipality columns (without the total).
    static func chartBars(_ sheet: Sheet, cursor: TableState) -> (title: String, bars: [Bar], highlighted: Int?) {
        let titles = SheetColumns.titles(sheet.table)
        let rowsAreMunicipalities = sheet.body.contains { $0.key != nil && $0.key != Area.regionKey }
        if rowsAreMunicipalities {
            let column = max(1, cursor.cursorColumn)
            let bars = sheet.body.map { r in
                let v = r.values[safe: column - 1] ?? .empty
                return Bar(label: r.label, value: v.numericValue ?? 0, valueText: v.displayText)
            }
            return ("\(titles[safe: column - 1] ?? "") per gemeente", bars, sheet.body.indices.contains(cursor.cursorRow) ? cursor.cursorRow : nil)
        }
        guard let row = sheet.rows[safe: cursor.cursorRow] else { return ("", [], nil) }
        var bars: [Bar] = []
        var highlighted: Int?
        let keys = sheet.table.columnKeys
        for (i, title) in titles.enumerated() where keys.isEmpty || (keys[safe: i].map { $0 != Area.regionKey } ?? false) {
            let v = row.values[safe: i] ?? .empty
            if i == cursor.cursorColumn - 1 { highlighted = bars.count }
            bars.append(Bar(label: title, value: v.numericValue ?? 0, valueText: v.displayText))
        }
        return ("\(row.label) per gemeente", bars, highlighted)
    }

    static func renderChart(_ sheet: Sheet, cursor: TableState, into buffer: inout Buffer, area: Rect) {
        let chart = chartBars(sheet, cursor: cursor)
        let box = Box(title: chart.title)
        box.render(into: &buffer, area: area)
        if chart.bars.allSatisfy({ $0.valueText.isEmpty }) {
            Line(UIText.noChartData, style: .foreground(.muted))
                .render(into: &buffer, at: Position(x: area.x + 2, y: area.y + 1), clippedTo: box.inner(area))
            return
        }
        BarChart(bars: chart.bars, highlighted: chart.highlighted).render(into: &buffer, area: box.inner(area))
    }
}
