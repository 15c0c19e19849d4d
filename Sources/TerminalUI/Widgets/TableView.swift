/// A table column's title and sizing rules.
public struct TableColumn: Hashable, Sendable {
    public var title: String
    /// Numbers are right-aligned; the title follows the same alignment.
    public var alignment: Alignment
    public var minWidth: Int
    public var maxWidth: Int
    /// When set, the width regardless of content.
    public var fixedWidth: Int?

    public init(_ title: String, alignment: Alignment = .left, minWidth: Int = 1, maxWidth: Int = 40, fixedWidth: Int? = nil) {
        self.title = title
        self.alignment = alignment
        self.minWidth = max(1, minWidth)
        self.maxWidth = max(self.minWidth, maxWidth)
        self.fixedWidth = fixedWidth.map { max(1, $0) }
    }
}

/// One table cell: text plus an optional style (e.g. `.foreground(.negative)` for a rise in costs).
public struct TableCell: Hashable, Sendable, ExpressibleByStringLiteral {
    public var text: String
    public var style: Style?

    public init(_ text: String, style: Style? = nil) {
        self.text = text
        self.style = style
    }

    public init(stringLiteral value: String) { self.init(value) }

    /// An empty cell (missing value).
    public static let empty = TableCell("")
}

/// One table row. Rows may have fewer cells than there are columns; the rest are empty.
public struct TableRow: Hashable, Sendable {
    public var cells: [TableCell]
    /// Style for cells without their own.
    public var style: Style?
    /// Draw a separator line above this row (the first row of a group).
    public var startsGroup: Bool

    public init(_ cells: [TableCell], style: Style? = nil, startsGroup: Bool = false) {
        self.cells = cells
        self.style = style
        self.startsGroup = startsGroup
    }

    /// A row of plain strings.
    public init(texts: [String], style: Style? = nil, startsGroup: Bool = false) {
        self.init(texts.map { TableCell($0) }, style: style, startsGroup: startsGroup)
    }

    func cell(_ column: Int) -> TableCell {
        column < cells.count ? cells[column] : .empty
    }
}

/// The main data view, modelled on VisiData: a sticky header row, a sticky first
/// column of row labels, a row cursor and a column cursor, horizontal scrolling by
/// whole columns (with `◀`/`▶` when more columns exist), optional group separators
/// and a totals row pinned to the bottom.
///
/// Column widths follow the content within each column's min/max; columns that do
/// not fit are scrolled into view rather than squeezed.
public struct TableView: Sendable {
    public var columns: [TableColumn]
    public var rows: [TableRow]
    /// Totals row pinned to the bottom, below a rule.
    public var footer: TableRow?
    /// Keep column 0 (row labels) in place while scrolling sideways.
    public var hasStickyFirstColumn: Bool
    /// Highlight the cursor column as well as the cursor row.
    public var highlightsCursorColumn: Bool
    /// Shown when there are no rows.
    public var emptyMessage: String
    /// Highlight the cursor at all; off for tables that are on screen but not in focus.
    public var showsCursor = true

    /// Columns separated by one space.
    static let gap = 1

    public init(columns: [TableColumn], rows: [TableRow], footer: TableRow? = nil, hasStickyFirstColumn: Bool = true, highlightsCursorColumn: Bool = true, emptyMessage: String = TerminalText.noRows) {
        self.columns = columns
        self.rows = rows
        self.footer = footer
        self.hasStickyFirstColumn = hasStickyFirstColumn
        self.highlightsCursorColumn = highlightsCursorColumn
        self.emptyMessage = emptyMessage
    }

    // MARK: Geometry

    /// Rows of data visible at once: the page size for `TableState.moved`.
    public func bodyHeight(in area: Rect) -> Int {
        max(0, area.height - 1 - (footer == nil ? 0 : 2))
    }

    /// Content widths per column, clamped to each column's limits.
    public func columnWidths() -> [Int] {
        columns.enumerated().map { index, column in
            if let fixed = column.fixedWidth { return fixed }
            var widest = DisplayWidth.of(column.title)
            for row in rows { widest = max(widest, DisplayWidth.of(row.cell(index).text)) }
            if let footer { widest = max(widest, DisplayWidth.of(footer.cell(index).text)) }
            return min(max(widest, column.minWidth), column.maxWidth)
        }
    }

    /// Where each column lands on screen for a given state.
    struct ColumnPlacement {
        var column: Int
        var x: Int
        var width: Int
    }

    private struct Geometry {
        var placements: [ColumnPlacement]
        /// Column of the gutter left of the scrolling columns (`│` or `◀`).
        var gutterX: Int
        var hasHiddenLeft: Bool
        var hasHiddenRight: Bool
    }

    private var stickyCount: Int { hasStickyFirstColumn && !columns.isEmpty ? 1 : 0 }

    /// Lays out the sticky column, the gutter, the scrolling columns from
    /// `columnOffset`, and one reserved column at the right for `▶`.
    private func geometry(area: Rect, columnOffset: Int, widths: [Int]) -> Geometry {
        var placements: [ColumnPlacement] = []
        var x = area.x
        if stickyCount == 1 {
            // Labels may not crowd out the data: at most half the width.
            let width = min(widths[0], max(1, area.width / 2))
            placements.append(ColumnPlacement(column: 0, x: x, width: width))
            x += width
        }
        let gutterX = x
        x += 1
        let limit = area.maxX - 1
        var column = stickyCount + columnOffset
        while column < columns.count {
            let width = widths[column]
            if x + width > limit {
                // Always show the first scrolling column, clipped if it is wider than the room.
                if placements.count == stickyCount, x < limit {
                    placements.append(ColumnPlacement(column: column, x: x, width: limit - x))
                    column += 1
                }
                break
            }
            placements.append(ColumnPlacement(column: column, x: x, width: width))
            x += width + Self.gap
            column += 1
        }
        return Geometry(placements: placements, gutterX: gutterX, hasHiddenLeft: columnOffset > 0, hasHiddenRight: column < columns.count)
    }

    /// Display lines needed to show rows `from...through`, counting group separators
    /// (a separator at the very top of the body is not drawn).
    private func lineCount(from first: Int, through last: Int) -> Int {
        guard last >= first else { return 0 }
        var lines = last - first + 1
        if first + 1 <= last {
            for index in (first + 1)...last where rows[index].startsGroup { lines += 1 }
        }
        return lines
    }

    /// The state with offsets adjusted so the cursor cell is visible and no space is
    /// wasted after scrolling back or resizing. `render` applies this itself.
    public func scrolled(_ state: TableState, in area: Rect) -> TableState {
        var next = state.clamped(rowCount: rows.count, columnCount: columns.count)
        let height = bodyHeight(in: area)
        if height > 0, !rows.isEmpty {
            if next.cursorRow < next.rowOffset { next.rowOffset = next.cursorRow }
            while next.rowOffset < next.cursorRow, lineCount(from: next.rowOffset, through: next.cursorRow) > height {
                next.rowOffset += 1
            }
            while next.rowOffset > 0, lineCount(from: next.rowOffset - 1, through: rows.count - 1) <= height {
                next.rowOffset -= 1
            }
        }
        let scrollingCount = columns.count - stickyCount
        guard scrollingCount > 0 else {
            next.columnOffset = 0
            return next
        }
        let widths = columnWidths()
        next.columnOffset = min(next.columnOffset, scrollingCount - 1)
        let cursorScrolling = next.cursorColumn - stickyCount
        if cursorScrolling >= 0 {
            if cursorScrolling < next.columnOffset { next.columnOffset = cursorScrolling }
            while next.columnOffset < cursorScrolling,
                  !geometry(area: area, columnOffset: next.columnOffset, widths: widths).placements.contains(where: { $0.column == next.cursorColumn }) {
                next.columnOffset += 1
            }
        }
        while next.columnOffset > 0,
              !geometry(area: area, columnOffset: next.columnOffset - 1, widths: widths).hasHiddenRight,
              cursorScrolling < 0 || cursorScrolling >= next.columnOffset - 1 {
            next.columnOffset -= 1
        }
        return next
    }

    // MARK: Rendering

    /// Draws the table and updates `state`'s offsets so the cursor stays in view.
    public func render(into buffer: inout Buffer, area: Rect, state: inout TableState) {
        guard area.width >= 3, area.height >= 1 else { return }
        state = scrolled(state, in: area)
        let widths = columnWidths()
        let layout = geometry(area: area, columnOffset: state.columnOffset, widths: widths)
        let cursorPlacement = layout.placements.first { $0.column == state.cursorColumn }
        let separatorStyle = Style.foreground(.muted)

        renderHeader(into: &buffer, area: area, layout: layout)

        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: bodyHeight(in: area))
        var y = body.y
        if rows.isEmpty {
            buffer.set(string: emptyMessage, at: Position(x: area.x + 1, y: y), style: .foreground(.muted), clippedTo: body)
        }
        var index = state.rowOffset
        while index < rows.count, y < body.maxY {
            if rows[index].startsGroup, index > state.rowOffset {
                renderRule(into: &buffer, y: y, area: area, gutterX: layout.gutterX, style: separatorStyle)
                y += 1
                if y >= body.maxY { break }
            }
            renderRow(rows[index], into: &buffer, y: y, area: area, layout: layout)
            if !showsCursor {
                // An unfocused table: no cursor, plain rows.
            } else if index == state.cursorRow {
                buffer.patchStyle(Rect(x: area.x, y: y, width: area.width, height: 1), with: .background(.selection))
                if highlightsCursorColumn, let cursorPlacement {
                    buffer.patchStyle(Rect(x: cursorPlacement.x, y: y, width: cursorPlacement.width, height: 1), with: Style(attributes: [.bold, .underline]))
                }
            } else if highlightsCursorColumn, let cursorPlacement {
                buffer.patchStyle(Rect(x: cursorPlacement.x, y: y, width: cursorPlacement.width, height: 1), with: .background(.cursorColumn))
            }
            y += 1
            index += 1
        }

        if let footer, area.height >= 3 {
            renderRule(into: &buffer, y: area.maxY - 2, area: area, gutterX: layout.gutterX, style: separatorStyle)
            var totals = footer
            totals.style = (footer.style ?? .plain).bold
            renderRow(totals, into: &buffer, y: area.maxY - 1, area: area, layout: layout)
        }
    }

    private func renderHeader(into buffer: inout Buffer, area: Rect, layout: Geometry) {
        let style = Style.foreground(.header).bold
        for placement in layout.placements {
            let column = columns[placement.column]
            let text = DisplayWidth.fit(column.title, width: placement.width, alignment: column.alignment)
            buffer.set(string: text, at: Position(x: placement.x, y: area.y), style: style, clippedTo: area)
        }
        let gutter = layout.hasHiddenLeft ? "◀" : (stickyCount == 1 ? "│" : " ")
        buffer.set(string: gutter, at: Position(x: layout.gutterX, y: area.y), style: .foreground(layout.hasHiddenLeft ? .accent : .muted), clippedTo: area)
        if layout.hasHiddenRight {
            buffer.set(string: "▶", at: Position(x: area.maxX - 1, y: area.y), style: .foreground(.accent), clippedTo: area)
        }
    }

    private func renderRow(_ row: TableRow, into buffer: inout Buffer, y: Int, area: Rect, layout: Geometry) {
        for placement in layout.placements {
            let cell = row.cell(placement.column)
            let style = cell.style ?? row.style ?? .plain
            let text = DisplayWidth.fit(cell.text, width: placement.width, alignment: columns[placement.column].alignment)
            buffer.set(string: text, at: Position(x: placement.x, y: y), style: style, clippedTo: area)
        }
        if stickyCount == 1 {
            buffer.set(string: "│", at: Position(x: layout.gutterX, y: y), style: .foreground(.muted), clippedTo: area)
        }
    }

    private func renderRule(into buffer: inout Buffer, y: Int, area: Rect, gutterX: Int, style: Style) {
        buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), symbol: "─", style: style)
        if stickyCount == 1 {
            buffer.set(string: "┼", at: Position(x: gutterX, y: y), style: style, clippedTo: area)
        }
    }

    /// The row and column under a screen position (e.g. a mouse click), given the
    /// state that was last rendered. Nil parts mean the header, a rule or empty space.
    public func hitTest(_ position: Position, area: Rect, state: TableState) -> (row: Int?, column: Int?) {
        guard area.contains(position) else { return (nil, nil) }
        let layout = geometry(area: area, columnOffset: state.columnOffset, widths: columnWidths())
        let column = layout.placements.first { position.x >= $0.x && position.x < $0.x + $0.width }?.column
        var y = area.y + 1
        var index = state.rowOffset
        let bodyEnd = area.y + 1 + bodyHeight(in: area)
        while index < rows.count, y < bodyEnd {
            if rows[index].startsGroup, index > state.rowOffset { y += 1 }
            if y == position.y { return (index, column) }
            y += 1
            index += 1
        }
        return (nil, column)
    }
}
