import MonitorCore
import TerminalUI

/// Segment 2 (wonen): the factsheet's per-product table at a peilmaand (`[`/`]` move it),
/// the providers of the product under the cursor (or the area table), and the trend of
/// youths in residence against the 2028 ambition.
enum Segment2Screen {
    struct Layout {
        var products: Rect
        var detail: Rect
        var trend: Rect?
        var focused: Rect
    }

    static let sideBySideWidth = 150

    /// Whether the trend is on screen: as the user chose, else when there is room beside the tables.
    static func showsTrend(_ state: AppState) -> Bool { state.segment2.showsTrend ?? (state.size.width >= sideBySideWidth) }

    static func layout(_ body: Rect, state: AppState) -> Layout {
        var tables = body
        var trend: Rect?
        let wide = body.width >= sideBySideWidth - 2
        if showsTrend(state) && wide {
            let split = body.splitLeft(body.width - 52)
            tables = split.left
            trend = split.rest.inset(left: 1)
        }
        // Title, header and the nine rows of the factsheet's table.
        let productsHeight = min(11, max(5, tables.height / 2))
        let (products, rest) = tables.splitTop(productsHeight)
        var detail = rest.inset(top: 1)
        if showsTrend(state) && !wide {
            // Narrow: the trend takes the place of the lower table.
            trend = detail
            detail = Rect(x: detail.x, y: detail.y, width: detail.width, height: 0)
        }
        return Layout(products: products, detail: detail, trend: trend, focused: state.segment2.focus == 0 ? products : detail)
    }

    static func tables(_ state: AppState, model: MonitorModel) -> Segment2Tables {
        state.segment2.tables ?? model.segment2Tables()
    }

    /// The product under the products table's column cursor (column 1 is the first product).
    static func productColumn(_ state: AppState) -> Int { max(0, state.segment2.sheets[0].table.cursorColumn - 1) }

    static func table(_ index: Int, state: AppState, model: MonitorModel) -> WideTable {
        let t = tables(state, model: model)
        switch index {
        case 0: return t.products
        case 1: return t.providers[safe: productColumn(state)] ?? t.providers.first ?? .empty
        default: return t.areas
        }
    }

    static func render(_ state: inout AppState, model: MonitorModel, into buffer: inout Buffer, area: Rect) {
        if state.segment2.tables == nil { state.segment2.tables = model.segment2Tables() }
        let l = layout(area, state: state)
        panel(0, state: &state, model: model, into: &buffer, area: l.products, note: "[ ]: peilmaand, ←→: product")
        let detail = state.segment2.focus == 2 ? 2 : 1
        panel(detail, state: &state, model: model, into: &buffer, area: l.detail, note: "t: volgende tabel")
        if let trend = l.trend { renderTrend(model.segment2Trend, month: tables(state, model: model).month, into: &buffer, area: trend) }
    }

    static func panel(_ index: Int, state: inout AppState, model: MonitorModel, into buffer: inout Buffer, area: Rect, note: String) {
        SheetPanel.render(table(index, state: state, model: model), state: &state.segment2.sheets[index],
                          focused: state.segment2.focus == index, note: note, into: &buffer, area: area) { view in
            guard index == 0 else { return }
            // The factsheet's rows are labels of figures; give them room, and the products the rest.
            view.columns[0].maxWidth = 44
            for i in view.columns.indices.dropFirst() { view.columns[i].maxWidth = 30 }
        }
    }

    /// Monthly youths in residence since January 2021 as sparklines, the first half years,
    /// and the youths with a verblijfsindicatie per year against the 2028 ambition.
    static func renderTrend(_ trend: Segment2Trend, month: Month, into buffer: inout Buffer, area: Rect) {
        let box = Box(title: "Trend: cliënten in verblijf per maand")
        box.render(into: &buffer, area: area)
        let inner = box.inner(area)
        var y = inner.y
        func line(_ l: Line) {
            guard y < inner.maxY else { return }
            l.render(into: &buffer, at: Position(x: inner.x, y: y), clippedTo: inner)
            y += 1
        }
        let first = trend.months.first.map(DutchCalendar.shortName) ?? "", last = trend.months.last.map(DutchCalendar.shortName) ?? ""
        line(Line("\(first) – \(last); gemarkeerd: de peilmaand", style: .foreground(.muted)))
        let labelWidth = 20, valueWidth = 5
        let peil = trend.months.firstIndex(of: month)
        for (i, s) in trend.series.enumerated() where y + 1 < inner.maxY {
            Line(DisplayWidth.truncate(s.label, toWidth: labelWidth - 1), style: i < 3 ? .foreground(.header) : .plain)
                .render(into: &buffer, at: Position(x: inner.x, y: y), clippedTo: inner)
            let width = max(0, inner.width - labelWidth - valueWidth)
            // Squeeze the months into the width by averaging neighbours.
            let values = SeriesFit.resample(s.values.map(Double.init), to: width)
            Sparkline(values: values, style: .foreground(.chart(i))).render(into: &buffer, area: Rect(x: inner.x + labelWidth, y: y, width: width, height: 1))
            if let peil, width > 0, !s.values.isEmpty {
                let x = inner.x + labelWidth + min(width - 1, peil * width / s.values.count)
                buffer.patchStyle(Rect(x: x, y: y, width: 1, height: 1), with: Style(attributes: [.reverse]))
            }
            let value = peil.map { s.values[$0] } ?? s.values.last ?? 0
            Line(DisplayWidth.fit(DutchNumber.integer(value), width: valueWidth, alignment: .right), style: .plain.bold)
                .render(into: &buffer, at: Position(x: inner.maxX - valueWidth, y: y), clippedTo: inner)
            y += 1
        }
        y += 1
        line(Line("Segment 2, 1e halfjaar (unieke cliënten):", style: .foreground(.header)))
        for l in wrapped(trend.firstHalfYears.map { "\(String($0.year)) \(DutchNumber.integer($0.clients))" }, width: inner.width) { line(Line(l)) }
        y += 1
        line(Line("Verblijfsindicatie per jaar (doel 2028 ≤ \(trend.target)):", style: .foreground(.header)))
        let perYear = trend.residentialPerYear.map {
            "\(String($0.year)) \(DutchNumber.integer($0.clients))" + ($0.year == ProgrammeTargets.baselineYear ? " (0-meting)" : "")
        }
        for l in wrapped(perYear, width: inner.width) { line(Line(l)) }
        if let latest = trend.residentialPerYear.last {
            let gap = latest.clients - trend.target
            line(Line(gap > 0 ? "nog \(DutchNumber.integer(gap)) boven het doel" : "doel gehaald",
                      style: .foreground(gap > 0 ? .negative : .positive).bold))
        }
    }

    /// Joins items with " · ", starting a new line where the next one would not fit.
    static func wrapped(_ items: [String], width: Int) -> [String] {
        var lines: [String] = [], current = ""
        for item in items {
            let candidate = current.isEmpty ? item : current + " · " + item
            if candidate.count > width, !current.isEmpty { lines.append(current); current = item } else { current = candidate }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
