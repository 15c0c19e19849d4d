import MonitorCore
import TerminalUI

/// Kosten: the annual accounts per municipality on top; below, for the area in focus
/// (region, subregion, or the municipality chosen with Enter) and the product selection:
/// its months with incomplete months marked and corrected for the claim lag, its most costly
/// products, or the average cost per client; on wide terminals the municipalities as small
/// multiples and a full chart of the area in focus.
enum CostsScreen {
    struct Layout {
        var annual: Rect
        var detail: Rect
        var chart: Rect?
        /// The area of the focused table, for page sizes.
        var focused: Rect
    }

    static func layout(_ body: Rect, state: AppState) -> Layout {
        var tables = body
        var chart: Rect?
        if state.costs.showsChart && body.width >= 110 {
            let split = body.splitLeft(body.width - 46)
            tables = split.left
            chart = split.rest.inset(left: 1)
        }
        // Title, header, 11 municipalities, the region row with its rule.
        let annualHeight = min(16, max(6, tables.height / 2))
        let (annual, rest) = tables.splitTop(annualHeight)
        let detail = rest.inset(top: 1)
        return Layout(annual: annual, detail: detail, chart: chart, focused: state.costs.focus == 0 ? annual : detail)
    }

    static func detail(_ state: AppState, model: MonitorModel) -> CostsDetail { state.costs.detail ?? model.costs.allProducts }

    static func table(_ index: Int, state: AppState, model: MonitorModel) -> WideTable {
        let area = state.costs.area ?? model.costs.regionIndex
        switch index {
        case 0: return model.costs.annual[state.costs.measure] ?? .empty
        case 1: return detail(state, model: model).monthly[safe: area] ?? .empty
        case 2: return detail(state, model: model).products[safe: area] ?? .empty
        default: return model.costs.perClient
        }
    }

    static func render(_ state: inout AppState, model: MonitorModel, into buffer: inout Buffer, area: Rect) {
        let l = layout(area, state: state)
        panel(0, state: &state, model: model, into: &buffer, area: l.annual, note: "Enter: gemeente")
        let shown = state.costs.focus == 0 ? 1 : state.costs.focus
        panel(shown, state: &state, model: model, into: &buffer, area: l.detail, note: "t: volgende tabel, a: gebied, v: selectie")
        if let chart = l.chart { renderCharts(state, model: model, into: &buffer, area: chart) }
    }

    static func panel(_ index: Int, state: inout AppState, model: MonitorModel, into buffer: inout Buffer, area: Rect, note: String) {
        SheetPanel.render(table(index, state: state, model: model), state: &state.costs.sheets[index],
                          focused: state.costs.focus == index, note: note, into: &buffer, area: area)
    }

    /// One sparkline per municipality of its expected monthly costs (one scale compares levels,
    /// own scales compare shapes), and below a full chart of the area in focus: received in
    /// blue, still expected in orange.
    static func renderCharts(_ state: AppState, model: MonitorModel, into buffer: inout Buffer, area: Rect) {
        let detail = detail(state, model: model)
        let municipalities = model.municipalityNames.count
        let months = detail.months
        let (top, bottom) = area.splitTop(min(area.height, municipalities + 3))
        let box = Box(title: "Verwacht per maand, \(months.first.map(DutchCalendar.shortName) ?? "")–\(months.last.map(DutchCalendar.shortName) ?? "")")
        box.render(into: &buffer, area: top)
        let inner = box.inner(top)
        let series = (0..<municipalities).map { detail.series[$0].map { Optional($0.expected) } }
        let shared = state.costs.sharedScale ? Sparkline.sharedScale(series) : nil
        let labelWidth = 15, valueWidth = 9
        for i in 0..<municipalities where inner.y + i < inner.maxY {
            let y = inner.y + i
            let focused = state.costs.area == i
            let style: Style = focused ? Style.foreground(.accent).bold : .plain
            Line(DisplayWidth.truncate(model.costs.areas[i].name, toWidth: labelWidth - 1), style: style)
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
        if inner.height > municipalities {
            Line(state.costs.sharedScale ? "één schaal (z: eigen schaal)" : "eigen schaal (z: één schaal)", style: .foreground(.muted))
                .render(into: &buffer, at: Position(x: inner.x, y: inner.y + municipalities), clippedTo: inner)
        }
        guard bottom.height >= 5 else { return }
        let focusArea = state.costs.area ?? model.costs.regionIndex
        let points = detail.series[focusArea]
        let chartBox = Box(title: "\(model.costs.areas[focusArea].name): ontvangen en verwacht")
        chartBox.render(into: &buffer, area: bottom)
        let chartInner = chartBox.inner(bottom)
        let (plot, legend) = chartInner.splitBottom(1)
        ColumnChart(columns: points.map { ColumnChart.Column(solid: $0.received, upTo: $0.complete ? nil : $0.expected) })
            .render(into: &buffer, area: plot)
        let shownFrom = months.suffix(plot.width).first.map(DutchCalendar.shortName) ?? ""
        Line([Span("█ ontvangen ", style: .foreground(.chart(0))), Span("█ nog verwacht ", style: .foreground(.chart(1))),
              Span("vanaf \(shownFrom)", style: .foreground(.muted))])
            .render(into: &buffer, at: Position(x: legend.x, y: legend.y), clippedTo: legend)
    }
}
