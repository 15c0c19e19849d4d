import MonitorCore
import TerminalUI

/// The 2028 ambitions against their 0-meting: one row per ambition, a column per year,
/// the target and where the latest measurement stands (coloured by its verdict).
public struct AmbitionsScreen: Screen {
    public enum TableName: CaseIterable, Hashable, Sendable { case ambitions, pace }
    public enum Command: Hashable, Sendable {}

    public static let id = ScreenID("ambities")
    public static let title = "Ambities 2028"
    public static let bindings: [KeyBinding] = [
        .init([.character("t")], "t", "per jaar, of tempo en prognose 2028 uit de volle jaren", .focusNextTable, hint: "tempo"),
        .init([.character("T")], "T", "vorige tabel", .focusPreviousTable),
    ]

    public var focus = TableName.ambitions
    public var sheets: [TableName: SheetState] = [:]

    public init() {}

    public func table(_ name: TableName, in context: ScreenContext) -> WideTable {
        context.model.table(ReportRequest(name == .ambitions ? .ambitions : .ambitionsPace))
    }

    public func exportName(_ name: TableName, in context: ScreenContext) -> String { name == .ambitions ? "ambities-2028" : "ambities-2028-tempo" }

    public mutating func perform(_ command: Command, in context: ScreenContext) -> StatusMessage? {}

    public mutating func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        let table = table(focus, in: context)
        var state = sheetState(focus)
        let sheet = Sheet(table, sort: state.sort, filter: state.filter)
        let (title, rest) = area.splitTop(1)
        SheetView.titleLine(table.title, number: nil, focused: true, state: state, sheet: sheet)
            .render(into: &buffer, at: Position(x: title.x, y: title.y), clippedTo: title)
        // Footnotes wrap: the placement note names its coverage, which must not be cut off.
        let notes = Paragraph(lines: table.footnotes.map { Line($0, style: .foreground(.muted)) }).layoutLines(width: area.width)
        var (tableArea, notesArea) = rest.splitBottom(min(notes.count + 1, max(0, rest.height - 5)))
        // Room under the rows: the chart of the ambition under the cursor.
        let rowsHeight = 2 + table.rows.count
        if tableArea.height - rowsHeight >= 10 {
            let (rows, chart) = tableArea.splitTop(rowsHeight)
            tableArea = rows
            let key = sheet.rows[safe: state.table.cursorRow]?.key
            renderChart(context.model.ambitionPace.first { $0.ambition.id == key }, context: context, into: &buffer, area: chart.inset(top: 1))
        }
        var view = SheetView.table(sheet)
        // Room for every year, the target, the verdict and the coverage beside the title.
        view.columns[0].maxWidth = area.width < 100 ? 30 : min(70, area.width - 75)
        view.render(into: &buffer, area: tableArea, state: &state.table)
        sheets[focus] = state
        var y = notesArea.y + 1
        for note in notes where y < notesArea.maxY {
            note.render(into: &buffer, at: Position(x: notesArea.x, y: y), clippedTo: notesArea)
            y += 1
        }
    }

    /// The ambition per year (● measured, the running year included but not in the trend), its
    /// trend from the full years to 2028 (·) and the target (─), on axes from zero.
    /// For the ambitions from the plaatsingen files, the coverage of the last full year first.
    func renderChart(_ pace: AmbitionPace?, context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        guard let pace else { return }
        let years = Array(context.model.dataset.years)
        let box = Box(title: "\(pace.ambition.title): trend naar 2028 en doel")
        box.render(into: &buffer, area: area)
        var inner = box.inner(area)
        if let year = pace.lastFullYear, let i = years.firstIndex(of: year), let covered = pace.ambition.coverage[safe: i] ?? nil {
            let (line, rest) = inner.splitTop(1)
            Line(Self.coverageText(covered, year: year, ambition: pace.ambition, dataset: context.model.dataset), style: .foreground(.muted))
                .render(into: &buffer, at: Position(x: line.x, y: line.y), clippedTo: line)
            inner = rest
        }
        guard pace.baselineYear != nil else {
            Line("Geen metingen: deze ambitie heeft nog geen data in de levering", style: .foreground(.muted))
                .render(into: &buffer, at: Position(x: inner.x, y: inner.y), clippedTo: inner)
            return
        }
        let axis = Array(Dataset.firstReportYear...ProgrammeTargets.targetYear)
        let measured = axis.map { y in years.firstIndex(of: y).flatMap { pace.ambition.values[$0].numericValue } }
        let line = pace.trendPerYear.flatMap { slope in pace.prognosis2028.map { (slope, $0) } }
        let trend: [Double?] = axis.map { y in
            guard let (slope, at2028) = line, let first = pace.baselineYear, y >= first else { return nil }
            return at2028 - slope * Double(ProgrammeTargets.targetYear - y)
        }
        let share: Bool = { if case .atLeastShare = pace.ambition.target { return true } else { return false } }()
        let format: @Sendable (Double) -> String = { share ? ReportValue.fraction($0, decimals: 0).displayText : ReportValue.number($0, decimals: 0).displayText }
        LineChart(
            series: [
                .init(values: axis.map { _ in pace.target }, marker: "─", connector: "─", style: .foreground(.warning), endLabel: "─ doel " + (pace.target.map(format) ?? "")),
                .init(values: trend, marker: "·", connector: "·", style: .foreground(.muted), endLabel: "· prognose " + (pace.prognosis2028.map(format) ?? "–")),
                .init(values: measured, marker: "●", connector: nil, style: .foreground(.accent), endLabel: "● gemeten"),
            ],
            xLabels: axis.map(String.init), formatTop: format
        ).render(into: &buffer, area: inner)
    }

    /// "Gemeten 2025: 423 van 491 plaatsingen (86%) met een bekende waarde; 9 van 11 gemeenten leveren plaatsingen".
    static func coverageText(_ c: CoveredShare, year: Int, ambition: Ambition, dataset: Dataset) -> String {
        let unit = ambition.coverageUnit ?? ""
        let share = c.coverage.map { " (\(DutchNumber.percent($0, decimals: 0)))" } ?? ""
        return "Gemeten \(year): \(DutchNumber.integer(c.measured)) van \(DutchNumber.integer(c.total)) \(unit)\(share) met een bekende waarde; "
            + "\(dataset.delivery.placementFiles.count) van \(dataset.municipalities.count) gemeenten leveren plaatsingen"
    }
}
