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
            let split = body.splitLeft(body.width - 46)
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
    /// blue, still expected in orange.
    func renderCharts(_ context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        let costs = context.model.costMonths(selection)
        let municipalities = costs.areas.filter { $0.kind == .municipality }
        let months = costs.byArea.first?.map(\.month) ?? []
        let (top, bottom) = area.splitTop(min(area.height, municipalities.count + 3))
        let box = Box(title: "Verwacht per maand, \(months.first.map(DutchCalendar.shortName) ?? "")–\(months.last.map(DutchCalendar.shortName) ?? "")")
        box.render(into: &buffer, area: top)
        let inner = box.inner(top)
        let series = municipalities.map { costs.months(of: $0).map { Optional($0.expected) } }
        let shared = sharedScale ? Sparkline.sharedScale(series) : nil
        let labelWidth = 15, valueWidth = 9
        for (i, municipality) in municipalities.enumerated() where inner.y + i < inner.maxY {
            let y = inner.y + i
            let focused = self.area == municipality.key
            let mine = context.myMunicipality == municipality.key
            let style: Style = focused ? Style.foreground(.accent).bold : (mine ? Style.plain.bold.underlined : .plain)
            Line(DisplayWidth.truncate(municipality.name, toWidth: labelWidth - 1), style: style)
                .render(into: &buffer, at: Position(x: inner.x, y: y), clippedTo: inner)
            let sparkArea = Rect(x: inner.x + labelWidth, y: y, width: max(0, inner.width - labelWidth - valueWidth), height: 1)
            Sparkline(values: SeriesFit.resample(series[i], to: sparkArea.width), scale: shared ?? Sparkline.sharedScale([series[i]]),
                      style: .foreground(focused ? .chart(1) : .chart(0)))
                .render(into: &buffer, area: sparkArea)
            if let last = series[i].last ?? nil {
                Line(DisplayWidth.fit("€ " + DutchNumber.decimal(last / 1e6, decimals: 2) + "m", width: valueWidth, alignment: .right), style: style)
                    .render(into: &buffer, at: Position(x: inner.maxX - valueWidth, y: y), clippedTo: inner)
            }
        }
        if inner.height > municipalities.count {
            Line(sharedScale ? "één schaal (z: eigen schaal)" : "eigen schaal (z: één schaal)", style: .foreground(.muted))
                .render(into: &buffer, at: Position(x: inner.x, y: inner.y + municipalities.count), clippedTo: inner)
        }
        guard bottom.height >= 5 else { return }
        let focusArea = focusArea(context.model.dataset)
        let points = costs.months(of: focusArea)
        let chartBox = Box(title: "\(focusArea.name): ontvangen en verwacht")
        chartBox.render(into: &buffer, area: bottom)
        let chartInner = chartBox.inner(bottom)
        let (plot, legend) = chartInner.splitBottom(1)
        // The latest months that fit, on axes from zero; each January is labelled with its year.
        AxisColumnChart(
            columns: points.map { ColumnChart.Column(solid: $0.declared, upTo: $0.isIncomplete ? $0.expected : nil) },
            labels: points.map { $0.month.number == 1 ? "jan \(String($0.month.year).suffix(2))" : nil },
            marked: points.map(\.isIncomplete),
            formatTop: { $0 >= 1e6 ? "€ " + DutchNumber.decimal($0 / 1e6, decimals: 1) + "m" : "€ " + DutchNumber.decimal($0 / 1e3, decimals: 0) + "k" }
        ).render(into: &buffer, area: plot)
        Line([Span("█ ontvangen ", style: .foreground(.chart(0))), Span("█ nog verwacht ", style: .foreground(.chart(1))),
              Span("◔ onvolledig", style: .foreground(.muted))])
            .render(into: &buffer, at: Position(x: legend.x, y: legend.y), clippedTo: legend)
    }
}
