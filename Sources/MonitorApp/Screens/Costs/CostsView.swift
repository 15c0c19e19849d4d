import MonitorCore
import TerminalUI

extension CostsScreen {
    struct Layout {
        var annual: Rect
        var detail: Rect
        var chart: Rect?
        /// The area of the focused table, for page sizes.
        var focused: Rect
    }

    func layout(_ body: Rect) -> Layout {
        var tables = body
        var chart: Rect?
        if showsChart && body.width >= 110 {
            // The tables need about 130 columns at most; wider windows give the rest to the charts.
            let split = body.splitLeft(min(body.width - 46, 130))
            tables = split.left
            chart = split.rest.inset(left: 1)
        }
        // Title, header, 11 municipalities, the region row with its rule.
        let annualHeight = min(16, max(6, tables.height / 2))
        let (annual, rest) = tables.splitTop(annualHeight)
        let detail = rest.inset(top: 1)
        return Layout(annual: annual, detail: detail, chart: chart, focused: focus == .annual ? annual : detail)
    }

    public mutating func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        let l = layout(area)
        panel(.annual, context: context, into: &buffer, area: l.annual, note: "Enter: gemeente")
        panel(focus == .annual ? .months : focus, context: context, into: &buffer, area: l.detail, note: "t: volgende tabel, a: gebied, v: selectie")
        if let chart = l.chart { renderCharts(context, into: &buffer, area: chart) }
    }

    mutating func panel(_ name: TableName, context: ScreenContext, into buffer: inout Buffer, area: Rect, note: String) {
        var state = sheetState(name)
        SheetPanel.render(table(name, in: context), state: &state, focused: focus == name, note: note, marked: context.myMunicipality, into: &buffer, area: area)
        sheets[name] = state
    }

    /// One sparkline per municipality of its expected monthly costs (one scale compares levels,
    /// own scales compare shapes), and below a full chart of the area in focus: received in
    /// blue, still expected in orange; with the year-to-date table in focus, this year's
    /// running total against last year's instead.
    func renderCharts(_ context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        let costs = context.model.costMonths(selection)
        let municipalities = costs.areas.filter { $0.kind == .municipality }
        let (top, bottom) = area.splitTop(min(area.height, municipalities.count + 5))
        renderSmallMultiples(costs, municipalities, context: context, into: &buffer, area: top)
        guard bottom.height >= 5 else { return }
        if focus == .yearToDate {
            renderYearToDate(context, into: &buffer, area: bottom)
        } else {
            renderMonths(costs, area: focusArea(context.model.dataset), into: &buffer, box: bottom)
        }
    }

    private func renderSmallMultiples(_ costs: CostMonths, _ municipalities: [Area], context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        let months = costs.byArea.first?.map(\.month) ?? []
        let box = Box(title: "Verwacht per maand, \(months.first.map(DutchCalendar.shortName) ?? "")–\(months.last.map(DutchCalendar.shortName) ?? "")")
        box.render(into: &buffer, area: area)
        let inner = box.inner(area)
        let series = municipalities.map { costs.months(of: $0).map { Optional($0.expected) } }
        let shared = sharedScale ? Sparkline.sharedScale(series) : nil
        let labelWidth = 15, valueWidth = 9
        let sparkWidth = max(0, inner.width - labelWidth - valueWidth)
        for (i, municipality) in municipalities.enumerated() where inner.y + i < inner.maxY {
            let y = inner.y + i
            let focused = self.area == municipality.key
            let mine = context.myMunicipality == municipality.key
            let style: Style = focused ? Style.foreground(.accent).bold : (mine ? Style.plain.bold.underlined : .plain)
            Line(DisplayWidth.truncate(municipality.name, toWidth: labelWidth - 1), style: style)
                .render(into: &buffer, at: Position(x: inner.x, y: y), clippedTo: inner)
            Sparkline(values: SeriesFit.resample(series[i], to: sparkWidth), scale: shared ?? Sparkline.sharedScale([series[i]]),
                      style: .foreground(focused ? .chart(1) : .chart(0)))
                .render(into: &buffer, area: Rect(x: inner.x + labelWidth, y: y, width: sparkWidth, height: 1))
            if let last = series[i].last ?? nil {
                Line(DisplayWidth.fit(Self.millions(last), width: valueWidth, alignment: .right), style: style)
                    .render(into: &buffer, at: Position(x: inner.maxX - valueWidth, y: y), clippedTo: inner)
            }
        }
        // The time axis: each January under its column, as the sparklines average months into cells.
        let axisY = inner.y + municipalities.count
        if axisY < inner.maxY, sparkWidth > 0, !months.isEmpty {
            let columns = SeriesFit.cellCount(months.count, width: sparkWidth)
            var axis = String(repeating: "─", count: columns)
            var labels = [Character](repeating: " ", count: columns + 3)
            var free = 0
            for (i, m) in months.enumerated() where m.number == 1 {
                let x = SeriesFit.cell(of: i, count: months.count, width: sparkWidth)
                axis.replaceSubrange(axis.index(axis.startIndex, offsetBy: x)...axis.index(axis.startIndex, offsetBy: x), with: "┴")
                let text = Array("'" + String(m.year).suffix(2))
                if x >= free, x + text.count <= labels.count {
                    labels.replaceSubrange(x..<(x + text.count), with: text)
                    free = x + text.count + 1
                }
            }
            let muted = Style.foreground(.muted)
            Line(DisplayWidth.fit("0", width: labelWidth - 1, alignment: .right) + " " + axis, style: muted)
                .render(into: &buffer, at: Position(x: inner.x, y: axisY), clippedTo: inner)
            if axisY + 1 < inner.maxY {
                Line(String(repeating: " ", count: labelWidth) + String(labels), style: muted)
                    .render(into: &buffer, at: Position(x: inner.x, y: axisY + 1), clippedTo: inner)
            }
        }
        if axisY + 2 < inner.maxY {
            let note = sharedScale
                ? "één schaal, 0 tot \(shared.map { Self.millions($0.upperBound) } ?? "–") (z: eigen schaal)"
                : "elk een eigen schaal vanaf 0 (z: één schaal)"
            Line(note, style: .foreground(.muted)).render(into: &buffer, at: Position(x: inner.x, y: axisY + 2), clippedTo: inner)
        }
    }

    static func millions(_ euros: Double) -> String { "€ " + DutchNumber.decimal(euros / 1e6, decimals: 2) + "m" }

    static func shortEuros(_ euros: Double) -> String {
        euros >= 1e6 ? "€ " + DutchNumber.decimal(euros / 1e6, decimals: 1) + "m" : "€ " + DutchNumber.decimal(euros / 1e3, decimals: 0) + "k"
    }

    private func renderMonths(_ costs: CostMonths, area focusArea: Area, into buffer: inout Buffer, box area: Rect) {
        let points = costs.months(of: focusArea)
        let chartBox = Box(title: "\(focusArea.name): ontvangen en verwacht")
        chartBox.render(into: &buffer, area: area)
        let (plot, legend) = chartBox.inner(area).splitBottom(1)
        // The latest months that fit, on axes from zero; each January is labelled with its year.
        AxisColumnChart(
            columns: points.map { ColumnChart.Column(solid: $0.declared, upTo: $0.isIncomplete ? $0.expected : nil) },
            labels: points.map { $0.month.number == 1 ? "jan \(String($0.month.year).suffix(2))" : nil },
            marked: points.map(\.isIncomplete),
            formatTop: Self.shortEuros
        ).render(into: &buffer, area: plot)
        Line([Span("█ ontvangen ", style: .foreground(.chart(0))), Span("█ nog verwacht ", style: .foreground(.chart(1))),
              Span("◔ onvolledig", style: .foreground(.muted))])
            .render(into: &buffer, at: Position(x: legend.x, y: legend.y), clippedTo: legend)
    }

    /// The area under the cursor of the year-to-date table: this year's running total of
    /// expected costs, its prognosis for December, and last year's running total.
    private func renderYearToDate(_ context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        let d = context.model.dataset
        let costs = context.model.costMonths(.all)
        let row = focusedSheet(in: context).rows[safe: sheetState(.yearToDate).table.cursorRow]
        let chosen = row?.key.flatMap(d.area) ?? d.region
        guard let comparison = costs.yearComparison(of: chosen) else { return }
        let year = comparison.year
        let box = Box(title: "\(chosen.name): \(year) tegen \(year - 1), opgeteld")
        box.render(into: &buffer, area: area)
        let now = costs.cumulativeExpected(of: chosen, year: year)
        let before = costs.cumulativeExpected(of: chosen, year: year - 1)
        let prognosis: [Double?] = (1...12).map { $0 == 12 ? comparison.prognosis : nil }
        LineChart(
            series: [
                .init(values: before, marker: "·", connector: "·", style: .foreground(.muted), endLabel: "· \(year - 1)"),
                .init(values: prognosis, marker: "◆", connector: nil, style: .foreground(.warning), endLabel: "◆ prognose"),
                .init(values: now, marker: "●", connector: "─", style: .foreground(.accent), endLabel: "● \(year)"),
            ],
            xLabels: DutchCalendar.shortMonthNames.enumerated().map { [0, 3, 6, 9, 11].contains($0.offset) ? $0.element : "" },
            formatTop: Self.shortEuros
        ).render(into: &buffer, area: box.inner(area))
    }
}
