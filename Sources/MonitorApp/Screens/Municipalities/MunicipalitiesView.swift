import MonitorCore
import TerminalUI

/// The matrix fills the screen. A municipality's profile: its indicators per year against the
/// region, a line chart of the indicator under the cursor (the municipality ● against the
/// region ○), and its product mix per category and per segment.
extension MunicipalitiesScreen {
    struct Panel {
        var table: TableName
        var area: Rect
    }

    struct Layout {
        var chart: Rect?
        var panels: [Panel]
    }

    static let wideWidth = 140

    func layout(_ body: Rect, context: ScreenContext) -> Layout {
        guard municipality != nil else { return Layout(chart: nil, panels: [Panel(table: .matrix, area: body)]) }
        if body.width >= Self.wideWidth {
            let split = body.splitLeft(body.width * 11 / 20)
            let right = split.rest.inset(left: 2)
            let profileHeight = min(split.left.height, 2 + 2 * Indicator.allCases.count + 1)
            let (profile, below) = split.left.splitTop(profileHeight)
            // The chart takes what the segments (five rows) leave; below the categories, when
            // there is room, the other ten for the same year, this one marked.
            let segmentsHeight = 2 + ProductGroupNames.segments.count + 1
            let (chart, segments) = right.splitTop(max(8, right.height - segmentsHeight - 1))
            let categoriesHeight = min(below.height - 1, 2 + table(.categories, in: context).rows.count + 1)
            let (categories, rest) = below.inset(top: 1).splitTop(categoriesHeight)
            var panels = [Panel(table: .profile, area: profile), Panel(table: .categories, area: categories), Panel(table: .segments, area: segments.inset(top: 1))]
            if rest.height >= 8 {
                // Title, header, the 11, the rule and the region: no gap above the region row.
                let matrix = rest.inset(top: 1)
                panels.append(Panel(table: .matrix, area: Rect(x: matrix.x, y: matrix.y, width: matrix.width,
                                                                height: min(matrix.height, 2 + context.model.dataset.municipalities.count + 2))))
            }
            return Layout(chart: chart, panels: panels)
        }
        // Narrow: the chart above the profile table, or the focused mix table alone.
        if focus == .profile {
            let (chart, rest) = body.splitTop(min(10, body.height / 2))
            return Layout(chart: chart, panels: [Panel(table: .profile, area: rest.inset(top: 1))])
        }
        return Layout(chart: nil, panels: [Panel(table: focus, area: body)])
    }

    public mutating func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        let l = layout(area, context: context)
        if let chart = l.chart { renderChart(context, into: &buffer, area: chart) }
        for p in l.panels {
            var state = sheetState(p.table)
            let note = p.table == .matrix ? "Enter: gemeente, m: absoluut/genormeerd, y/Y: jaar" : "t: volgende tabel, Esc: terug"
            // Beside a profile the matrix marks the municipality in view.
            let marked = p.table == .matrix && municipality != nil ? municipality : context.myMunicipality
            SheetPanel.render(table(p.table, in: context), state: &state, focused: focus == p.table, note: note, marked: marked,
                              into: &buffer, area: p.area) { view in
                view.columns[0].maxWidth = p.area.width < 100 ? 24 : 42
            }
            sheets[p.table] = state
        }
    }

    /// The indicator of the profile row under the cursor, per year: the municipality against the region.
    func renderChart(_ context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        guard let m = profileIndex(context) else { return }
        let d = context.model.dataset
        let c = context.model.municipalityComparison
        let rows = table(.profile, in: context).rows
        let key = rows[safe: sheetState(.profile).table.cursorRow]?.key ?? Indicator.inCare.rawValue
        let indicator = Indicator(rawValue: key.replacing("\(Area.regionKey):", with: "")) ?? .inCare
        // A year whose figure rests on 1–4 people is left out when small counts are withheld.
        let protect = context.model.protectsSmallCells
        func values(_ municipality: Int?) -> [Double?] {
            c.years.map { year in
                c.figure(year: year, indicator, municipality: municipality).flatMap { protect && SmallCells.hides($0.bases) ? nil : $0.normalised }
            }
        }
        func end(_ municipality: Int?) -> String {
            let figure = c.years.last.flatMap { c.figure(year: $0, indicator, municipality: municipality) }
            return SmallCells.text(MunicipalityTables.shown(figure, indicator, normalised: true, flag: false), bases: figure?.bases ?? [], protect: protect)
        }
        let box = Box(title: "\(MunicipalityTables.columnTitle(indicator, normalised: true)): \(d.municipalities[m].name) ● tegen de regio ○")
        box.render(into: &buffer, area: area)
        LineChart(
            series: [
                .init(values: values(nil), marker: "○", style: .foreground(.muted), endLabel: "○ " + end(nil)),
                .init(values: values(m), marker: "●", style: .foreground(.accent), endLabel: "● " + end(m)),
            ],
            xLabels: c.years.map(String.init),
            formatTop: { value in
                indicator.normalisation == .perYouth || indicator == .costPerClient
                    ? ReportValue.euros(value, decimals: 0).displayText : ReportValue.number(value, decimals: 0).displayText
            }
        ).render(into: &buffer, area: box.inner(area))
    }
}
