import MonitorCore
import TerminalUI

/// Kosten: the annual accounts per municipality on top; below, the months of the area in
/// focus (region, or the municipality chosen with Enter) with incomplete months marked and
/// corrected for the claim lag, or its most costly products; on wide terminals the
/// municipalities as small multiples.
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

    static func table(_ index: Int, state: AppState, model: MonitorModel) -> WideTable {
        let area = state.costs.area ?? model.costs.regionIndex
        switch index {
        case 0: return model.costs.annual[state.costs.measure] ?? .empty
        case 1: return model.costs.monthly[safe: area] ?? .empty
        default: return model.costs.products[safe: area] ?? .empty
        }
    }

    static func render(_ state: inout AppState, model: MonitorModel, into buffer: inout Buffer, area: Rect) {
        let l = layout(area, state: state)
        panel(0, state: &state, model: model, into: &buffer, area: l.annual)
        let detail = state.costs.focus == 2 ? 2 : 1
        panel(detail, state: &state, model: model, into: &buffer, area: l.detail, note: detail == 1 ? "t: producten" : "t: jaarrekening")
        if let chart = l.chart { renderSmallMultiples(state, model: model, into: &buffer, area: chart) }
    }

    static func panel(_ index: Int, state: inout AppState, model: MonitorModel, into buffer: inout Buffer, area: Rect, note: String? = nil) {
        SheetPanel.render(table(index, state: state, model: model), state: &state.costs.sheets[index],
                          focused: state.costs.focus == index, note: note, into: &buffer, area: area)
    }

    /// One sparkline per municipality of its expected monthly costs over the last three years;
    /// the area in focus highlighted. One scale compares levels, own scales compare shapes.
    static func renderSmallMultiples(_ state: AppState, model: MonitorModel, into buffer: inout Buffer, area: Rect) {
        let costs = model.costs
        let box = Box(title: "Verwacht per maand, \(costs.seriesMonths.first.map(DutchCalendar.shortName) ?? "")–\(costs.seriesMonths.last.map(DutchCalendar.shortName) ?? "")")
        box.render(into: &buffer, area: area)
        let inner = box.inner(area)
        let shared = state.costs.sharedScale ? Sparkline.sharedScale(costs.series) : nil
        let labelWidth = 15, valueWidth = 9
        var y = inner.y
        for (i, series) in costs.series.enumerated() where y < inner.maxY {
            let focused = state.costs.area == i
            let style: Style = focused ? Style.foreground(.accent).bold : .plain
            Line(DisplayWidth.truncate(costs.areas[i], toWidth: labelWidth - 1), style: style)
                .render(into: &buffer, at: Position(x: inner.x, y: y), clippedTo: inner)
            let sparkArea = Rect(x: inner.x + labelWidth, y: y, width: max(0, inner.width - labelWidth - valueWidth), height: 1)
            Sparkline(values: SeriesFit.resample(series, to: sparkArea.width), scale: shared ?? Sparkline.sharedScale([series]),
                      style: .foreground(focused ? .chart(1) : .chart(0)))
                .render(into: &buffer, area: sparkArea)
            if let last = series.last ?? nil {
                let text = "€ " + DutchNumber.decimal(last / 1e6, decimals: 2) + "m"
                Line(DisplayWidth.fit(text, width: valueWidth, alignment: .right), style: style)
                    .render(into: &buffer, at: Position(x: inner.maxX - valueWidth, y: y), clippedTo: inner)
            }
            y += 2
        }
        if y - 1 < inner.maxY {
            let note = state.costs.sharedScale ? "één schaal (z: eigen schaal)" : "eigen schaal (z: één schaal)"
            Line(note, style: .foreground(.muted)).render(into: &buffer, at: Position(x: inner.x, y: inner.maxY - 1), clippedTo: inner)
        }
    }
}
