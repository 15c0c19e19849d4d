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
        let notes = table.footnotes
        let (tableArea, notesArea) = rest.splitBottom(min(notes.count + 1, max(0, rest.height - 5)))
        var view = SheetView.table(sheet)
        view.columns[0].maxWidth = 70
        view.render(into: &buffer, area: tableArea, state: &state.table)
        sheets[focus] = state
        var y = notesArea.y + 1
        for note in notes where y < notesArea.maxY {
            Line(note, style: .foreground(.muted)).render(into: &buffer, at: Position(x: notesArea.x, y: y), clippedTo: notesArea)
            y += 1
        }
    }
}
