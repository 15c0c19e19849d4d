import MonitorCore
import TerminalUI

/// The 2028 ambitions against their 0-meting: one row per ambition, a column per year,
/// the target and where the latest measurement stands.
enum AmbitionsScreen {
    static func render(_ state: inout AppState, model: MonitorModel, into buffer: inout Buffer, area: Rect) {
        let sheet = Sheet(model.ambitions, sort: state.ambitions.sort, filter: state.ambitions.filter)
        let (title, rest) = area.splitTop(1)
        SheetView.titleLine(model.ambitions.title, number: nil, focused: true, state: state.ambitions, sheet: sheet)
            .render(into: &buffer, at: Position(x: title.x, y: title.y), clippedTo: title)
        let notes = model.ambitions.footnotes
        let (tableArea, notesArea) = rest.splitBottom(min(notes.count + 1, max(0, rest.height - 5)))
        var view = SheetView.table(sheet)
        view.columns[0].maxWidth = 70
        for (i, row) in sheet.rows.enumerated() {
            // Colour the status column: reached in blue, not yet in orange (colour-blind safe).
            guard let status = row.values.last, case .text(let text) = status, let last = view.rows[i].cells.indices.last else { continue }
            let good = text == "gehaald" || text == "lager"
            let none = text == "geen data" || text == "geen 0-meting"
            view.rows[i].cells[last].style = none ? .foreground(.muted) : .foreground(good ? .positive : .negative).bold
        }
        view.render(into: &buffer, area: tableArea, state: &state.ambitions.table)
        var y = notesArea.y + 1
        for note in notes where y < notesArea.maxY {
            Line(note, style: .foreground(.muted)).render(into: &buffer, at: Position(x: notesArea.x, y: y), clippedTo: notesArea)
            y += 1
        }
    }
}
