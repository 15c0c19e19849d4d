import MonitorCore
import TerminalUI

/// Turns a `Sheet` into the table widget: labels left, numbers right, Ontwikkeling rows
/// set apart, the total row pinned at the bottom.
enum SheetView {
    static func table(_ sheet: Sheet, focused: Bool = true, marked: String? = nil) -> TableView {
        let titles = SheetColumns.titles(sheet.table)
        let columns = [TableColumn(sheet.table.corner, alignment: .left, minWidth: 6, maxWidth: 48)]
            + titles.map { TableColumn($0, alignment: .right, minWidth: 4, maxWidth: 24) }
        var rows = sheet.body.map { r in
            var shown = row(sheet, r)
            // The reader's own municipality: underlined and bold, so it shows without colour too.
            if let marked, r.key == marked { shown.cells[0].style = Style.foreground(.accent).bold.underlined }
            return shown
        }
        for (i, development) in sheet.developments.enumerated() {
            var r = row(sheet, development)
            r.style = .foreground(.muted)
            r.startsGroup = i == 0
            rows.append(r)
        }
        return TableView(
            columns: columns, rows: rows, footer: sheet.footer.map { row(sheet, $0) },
            highlightsCursorColumn: focused,
            emptyMessage: UIText.noRows)
    }

    static func row(_ sheet: Sheet, _ r: WideTable.Row) -> TableRow {
        let noData = r.values.allSatisfy { $0 == .empty }
        return TableRow([TableCell(r.label, style: noData ? .foreground(.muted) : nil)] + r.values.map { value in
            TableCell(value.displayText, style: style(of: value, kind: r.kind))
        })
    }

    static func style(of value: ReportValue, kind: WideTable.Row.Kind) -> Style? {
        if case .flagged(_, let deviation) = value {
            // Direction only: more than the region is not good or bad in itself.
            return Style.foreground(deviation == .high ? .chart(1) : .chart(0)).bold
        }
        if case .status(_, let verdict) = value {
            // Reached in blue, not yet in orange (colour-blind safe); nothing to judge muted.
            switch verdict {
            case .met: return Style.foreground(.positive).bold
            case .notMet: return Style.foreground(.negative).bold
            case .unknown: return .foreground(.muted)
            }
        }
        guard kind == .development, case .fraction(let f, _) = value else { return nil }
        // Direction only, no judgement: more youths in care is not good or bad in itself.
        return f > 0 ? .foreground(.chart(0)) : (f < 0 ? .foreground(.chart(1)) : nil)
    }

    /// A line above a table: its title, and what sort and filter apply.
    static func titleLine(_ title: String, number: Int?, focused: Bool, state: SheetState, sheet: Sheet) -> Line {
        var spans: [Span] = []
        if let number { spans.append(Span(focused ? "▶ \(number) " : "  \(number) ", style: .foreground(.accent).bold)) }
        spans.append(Span(title, style: focused ? Style.foreground(.header).bold : .foreground(.muted)))
        if let sort = state.sort {
            spans.append(Span(UIText.sortBadge(sheet.headerTitle(sort.column), descending: sort.descending), style: .foreground(.badge)))
        }
        if !state.filter.isEmpty {
            spans.append(Span(UIText.filterBadge(state.filter, rows: sheet.body.count), style: .foreground(.badge)))
        }
        return Line(spans)
    }
}

/// A titled sheet: title line (with sort and filter badges, and a note when focused) above
/// the table. Screens with several tables draw each through this.
enum SheetPanel {
    static func render(_ table: WideTable, state: inout SheetState, focused: Bool, note: String?, marked: String? = nil,
                       into buffer: inout Buffer, area: Rect, adjust: (inout TableView) -> Void = { _ in }) {
        guard area.height >= 3 else { return }
        let sheet = Sheet(table, sort: state.sort, filter: state.filter)
        let (title, rest) = area.splitTop(1)
        let text = table.title + (focused && note != nil ? "   (\(note!))" : "")
        SheetView.titleLine(text, number: nil, focused: focused, state: state, sheet: sheet)
            .render(into: &buffer, at: Position(x: title.x, y: title.y), clippedTo: title)
        var view = SheetView.table(sheet, focused: focused, marked: marked)
        view.showsCursor = focused
        adjust(&view)
        view.render(into: &buffer, area: rest, state: &state.table)
    }
}
