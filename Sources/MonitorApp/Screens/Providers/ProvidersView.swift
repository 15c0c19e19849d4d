import MonitorCore
import TerminalUI

/// The list fills the screen. A profile has a summary line on top; on a wide window the months
/// chart, products and months on the left and signals, trajecten, reasons, waiting times and
/// municipalities on the right; on a narrow one the signals and the focused table (`t`).
extension ProvidersScreen {
    struct Panel {
        var table: TableName
        var area: Rect
    }

    struct Layout {
        var summary: Rect?
        var chart: Rect?
        var panels: [Panel]
    }

    static let wideWidth = 150, wideHeight = 36, chartHeight = 12

    func layout(_ body: Rect, context: ScreenContext) -> Layout {
        guard profile != nil else { return Layout(summary: nil, chart: nil, panels: [Panel(table: .list, area: body)]) }
        let (summary, rest) = body.splitTop(2)
        func natural(_ name: TableName) -> Int {
            let t = table(name, in: context)
            // Title, header, the rows; a total row under its rule.
            return max(4, 2 + t.rows.count + (t.rows.contains { $0.kind == .total } ? 1 : 0))
        }
        if body.width >= Self.wideWidth && body.height >= Self.wideHeight {
            let split = rest.splitLeft(rest.width * 11 / 20)
            var left = split.left
            var chart: Rect?
            if showsChart {
                let (top, below) = left.splitTop(Self.chartHeight)
                chart = top
                left = below.inset(top: 1)
            }
            let leftPanels = Self.stack([(.products, natural(.products)), (.months, Int.max)], in: left)
            let rightPanels = Self.stack([(.signals, natural(.signals)), (.outcomes, natural(.outcomes)), (.reasons, natural(.reasons)),
                                          (.waiting, natural(.waiting)), (.municipalities, Int.max)], in: split.rest.inset(left: 2))
            return Layout(summary: summary, chart: chart, panels: leftPanels + rightPanels)
        }
        // Narrow: the signals (short), then the focused table; the chart above the months.
        if focus == .months && showsChart {
            let (chart, below) = rest.splitTop(min(Self.chartHeight, rest.height / 2))
            return Layout(summary: summary, chart: chart, panels: Self.stack([(.months, Int.max)], in: below.inset(top: 1)))
        }
        let lower: TableName = focus == .signals ? .products : focus
        let signals = min(natural(.signals), max(4, rest.height / 3))
        return Layout(summary: summary, chart: nil, panels: Self.stack([(.signals, signals), (lower, Int.max)], in: rest))
    }

    /// Panels top to bottom at their natural heights, the last taking what is left; a panel
    /// that would get fewer than 4 lines is left out.
    static func stack(_ wanted: [(TableName, Int)], in area: Rect) -> [Panel] {
        var panels: [Panel] = []
        var y = area.y
        for (i, (name, height)) in wanted.enumerated() {
            let room = area.maxY - y
            let h = i == wanted.count - 1 ? room : min(height, room)
            guard h >= 4 else { break }
            panels.append(Panel(table: name, area: Rect(x: area.x, y: y, width: area.width, height: h)))
            y += h + 1
        }
        return panels
    }

    public mutating func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        let l = layout(area, context: context)
        if let summary = l.summary { renderSummary(context, into: &buffer, area: summary) }
        if let chart = l.chart { renderChart(context, into: &buffer, area: chart) }
        for p in l.panels {
            var state = sheetState(p.table)
            let note = p.table == .list ? "Enter: profiel, /: zoek naam of AGB" : "t: volgende tabel"
            SheetPanel.render(table(p.table, in: context), state: &state, focused: focus == p.table, note: note, marked: context.myMunicipality, into: &buffer, area: p.area) { view in
                view.columns[0].maxWidth = p.area.width < 100 ? 28 : (p.table == .list ? 40 : 44)
            }
            sheets[p.table] = state
        }
    }

    /// Who and the year, then the headline figures from the provider's row of the list.
    func renderSummary(_ context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        guard let v = profileProvider(context) else { return }
        let d = context.model.dataset
        let y = profileYear(context)
        Line([Span(d.providers[v].name, style: Style.foreground(.header).bold),
              Span("  AGB \(d.providers[v].agb) · \(y.year)\(y.year == context.model.deliveryMonth.year ? "*" : "") · Esc: lijst, b: notitie", style: .foreground(.muted))])
            .render(into: &buffer, at: Position(x: area.x, y: area.y), clippedTo: area)
        var spans: [Span] = []
        if let f = y.figures(of: v) {
            // Each figure with the counts of people it rests on, withheld as the tables are.
            let figures: [(String, ReportValue, [Int])] = [
                ("cliënten", .count(f.clients), [f.clients]), ("beschikt", .euros(f.beschikt, decimals: 0), [f.clients]),
                ("gedecl.", .euros(f.declared, decimals: 0), [f.clients]),
                ("verzilv.", f.realisation.map { .fraction($0, decimals: 0) } ?? .empty, [f.clients]),
                ("maatwerk", .count(f.customArrangements), [f.customArrangements]),
            ]
            for (label, value, bases) in figures {
                spans.append(Span("\(label) ", style: .foreground(.muted)))
                spans.append(Span(SmallCells.text(value, bases: bases, protect: context.model.protectsSmallCells) + "  ", style: .plain.bold))
            }
        } else {
            spans.append(Span("geen toewijzingen actief in \(y.year)", style: .foreground(.warning)))
        }
        Line(spans).render(into: &buffer, at: Position(x: area.x, y: area.y + 1), clippedTo: area)
    }

    /// Gedeclareerd (solid) against beschikt (pale) per month since 2021, incomplete months ◔.
    func renderChart(_ context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        guard let v = profileProvider(context) else { return }
        let months = context.model.providerMonths(v)
        let box = Box(title: "Gedeclareerd en beschikt per maand")
        box.render(into: &buffer, area: area)
        let inner = box.inner(area)
        let (plot, legend) = inner.splitBottom(1)
        // A month of 1–4 clients is left blank when small counts are withheld: its amounts are theirs.
        let protect = context.model.protectsSmallCells
        AxisColumnChart(
            columns: months.map { protect && SmallCells.isSmall($0.clients) ? ColumnChart.Column(solid: 0, upTo: nil) : ColumnChart.Column(solid: $0.declared, upTo: $0.beschikt) },
            labels: months.map { $0.month.number == 1 ? String($0.month.year) : nil },
            marked: months.map(\.isIncomplete),
            formatTop: { ReportValue.euros($0, decimals: 0).displayText }
        ).render(into: &buffer, area: plot)
        Line([Span("█ gedeclareerd ", style: .foreground(.chart(0))), Span("█ beschikt, niet gedeclareerd ", style: .foreground(.chart(1))),
              Span("◔ nog niet compleet", style: .foreground(.muted))])
            .render(into: &buffer, at: Position(x: legend.x, y: legend.y), clippedTo: legend)
    }
}
