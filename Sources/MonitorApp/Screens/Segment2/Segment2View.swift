import MonitorCore
import TerminalUI

extension Segment2Screen {
    struct Layout {
        var products: Rect
        var detail: Rect
        var trend: Rect?
        var focused: Rect
    }

    func layout(_ body: Rect, context: ScreenContext) -> Layout {
        var tables = body
        var trend: Rect?
        let wide = body.width >= Self.sideBySideWidth - 2
        let shown = trendShown(context)
        if shown && wide {
            let split = body.splitLeft(body.width - 52)
            tables = split.left
            trend = split.rest.inset(left: 1)
        }
        // Title, header and the nine rows of the factsheet's table.
        let productsHeight = min(11, max(5, tables.height / 2))
        let (products, rest) = tables.splitTop(productsHeight)
        var detail = rest.inset(top: 1)
        if shown && !wide {
            // Narrow: the trend takes the place of the lower table.
            trend = detail
            detail = Rect(x: detail.x, y: detail.y, width: detail.width, height: 0)
        }
        return Layout(products: products, detail: detail, trend: trend, focused: focus == .products ? products : detail)
    }

    public mutating func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        let l = layout(area, context: context)
        panel(.products, context: context, into: &buffer, area: l.products, note: "[ ]: peilmaand, ←→: product")
        panel(focus == .areas ? .areas : .providers, context: context, into: &buffer, area: l.detail, note: "t: volgende tabel")
        if let trend = l.trend { Self.renderTrend(context.model.segment2Trend, month: peilmaand(context), into: &buffer, area: trend) }
    }

    mutating func panel(_ name: TableName, context: ScreenContext, into buffer: inout Buffer, area: Rect, note: String) {
        var state = sheetState(name)
        SheetPanel.render(table(name, in: context), state: &state, focused: focus == name, note: note, marked: context.myMunicipality, into: &buffer, area: area) { view in
            guard name == .products else { return }
            // The factsheet's rows are labels of figures; give them room, and the products the rest.
            view.columns[0].maxWidth = 44
            for i in view.columns.indices.dropFirst() { view.columns[i].maxWidth = 30 }
        }
        sheets[name] = state
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
            "\(String($0.year))\($0.year == trend.runningYear ? "*" : "") \(DutchNumber.integer($0.clients))" + ($0.year == ProgrammeTargets.baselineYear ? " (0-meting)" : "")
        }
        for l in wrapped(perYear, width: inner.width) { line(Line(l)) }
        if let running = trend.runningYear, let last = trend.months.last {
            line(Line("* \(running): t/m \(DutchCalendar.monthNames[last.number - 1]), een lopend jaar (niet tegen het doel)", style: .foreground(.muted)))
        }
        if let (year, gap) = trend.latestGap {
            line(Line(gap > 0 ? "\(year): nog \(DutchNumber.integer(gap)) boven het doel" : "\(year): doel gehaald",
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
