import SnapshotSupport
import Testing
@testable import TerminalUI

@Suite("TableView")
struct TableViewTests {
    private func render(_ table: TableView, width: Int, height: Int, state: TableState) -> (Buffer, TableState) {
        var buffer = Buffer(width: width, height: height)
        var state = state
        table.render(into: &buffer, area: buffer.area, state: &state)
        return (buffer, state)
    }

    @Test("80×24 with more columns than fit, cursor at the start")
    func table80x24() {
        let (buffer, state) = render(TableFixtures.table(), width: 80, height: 24, state: TableState(cursorRow: 2, cursorColumn: 1))
        #expect(state.rowOffset == 0 && state.columnOffset == 0)
        #expect(buffer.textLines[0].hasSuffix("▶"))
        assertSnapshots(buffer, named: "table-80x24")
    }

    @Test("120×40 shows more columns and all rows with group separators")
    func table120x40() {
        let (buffer, _) = render(TableFixtures.table(), width: 120, height: 40, state: TableState(cursorRow: 10, cursorColumn: 4))
        assertSnapshots(buffer, named: "table-120x40")
    }

    @Test("Moving the column cursor past the edge scrolls by whole columns, label column stays")
    func horizontalScroll() {
        let table = TableFixtures.table()
        let (buffer, state) = render(table, width: 80, height: 24, state: TableState(cursorRow: 30, cursorColumn: 11))
        #expect(state.columnOffset > 0)
        #expect(state.rowOffset > 0)
        #expect(buffer.textLines[0].hasPrefix("Gemeente"))
        #expect(buffer.textLines[0].contains("◀"))
        #expect(!buffer.textLines[0].hasSuffix("▶"))
        assertSnapshots(buffer, named: "table-80x24-scrolled")
    }

    @Test("Cursor row and cursor column are highlighted, the crossing cell differently")
    func cursorHighlight() {
        let table = TableFixtures.table()
        let (buffer, state) = render(table, width: 80, height: 24, state: TableState(cursorRow: 2, cursorColumn: 1))
        // Rows 0–2 of Groningen come before the first group separator.
        let layoutRow = 1 + state.cursorRow - state.rowOffset
        let labelX = 0
        let valueX = 20 // inside "Jeugdigen", column 1
        #expect(buffer[labelX, layoutRow].style.background == .selection)
        #expect(buffer[valueX, layoutRow].style.attributes.contains(.underline))
        #expect(buffer[valueX, layoutRow - 1].style.background == .cursorColumn)
        #expect(buffer[labelX, layoutRow - 1].style.background == nil)
    }

    @Test("Totals row stays at the bottom below a rule")
    func totalsRow() {
        let (buffer, _) = render(TableFixtures.table(), width: 80, height: 12, state: TableState(cursorRow: 20))
        let lines = buffer.textLines
        #expect(lines[10].hasPrefix("─"))
        #expect(lines[11].hasPrefix("Totaal"))
        #expect(buffer[0, 11].style.attributes.contains(.bold))
        assertSnapshot(lines, named: "table-totals-80x12")
    }

    @Test("Narrow table without footer, empty cells and an empty table")
    func smallCases() {
        let table = TableView(
            columns: [TableColumn("Regio"), TableColumn("Aantal", alignment: .right)],
            rows: [TableRow(texts: ["Noord", "12"]), TableRow(texts: ["Zuid"]), TableRow(texts: ["", "7"])]
        )
        let (buffer, _) = render(table, width: 20, height: 5, state: TableState())
        assertSnapshot(buffer.textLines, named: "table-small")
        let empty = TableView(columns: table.columns, rows: [], emptyMessage: "Geen gegevens")
        let (emptyBuffer, emptyState) = render(empty, width: 20, height: 3, state: TableState(cursorRow: 4))
        #expect(emptyState.cursorRow == 0)
        #expect(emptyBuffer.textLines[1].contains("Geen gegevens"))
        let (defaultBuffer, _) = render(TableView(columns: table.columns, rows: []), width: 20, height: 3, state: TableState())
        #expect(defaultBuffer.textLines[1].contains("Geen regels"))
    }

    @Test("Clicking a body line maps to its row and column")
    func hitTest() {
        let table = TableFixtures.table()
        let area = Rect(x: 0, y: 0, width: 80, height: 24)
        let hit = table.hitTest(Position(x: 2, y: 1), area: area, state: TableState())
        #expect(hit.row == 0 && hit.column == 0)
        // Groningen has three rows, then a separator line precedes Leeuwarden.
        #expect(table.hitTest(Position(x: 2, y: 4), area: area, state: TableState()).row == nil)
        #expect(table.hitTest(Position(x: 2, y: 5), area: area, state: TableState()).row == 3)
        #expect(table.hitTest(Position(x: 20, y: 5), area: area, state: TableState()).column == 1)
    }
}

@Suite("TableState")
struct TableStateTests {
    @Test("Moves stay inside the table")
    func moves() {
        let start = TableState()
        #expect(start.moved(.up, rowCount: 10, columnCount: 4, pageSize: 5) == start)
        #expect(start.moved(.down, rowCount: 10, columnCount: 4, pageSize: 5).cursorRow == 1)
        #expect(start.moved(.left, rowCount: 10, columnCount: 4, pageSize: 5).cursorColumn == 0)
        #expect(start.moved(.right, rowCount: 10, columnCount: 4, pageSize: 5).cursorColumn == 1)
        #expect(start.moved(.end, rowCount: 10, columnCount: 4, pageSize: 5).cursorRow == 9)
        #expect(start.moved(.lastColumn, rowCount: 10, columnCount: 4, pageSize: 5).cursorColumn == 3)
        let paged = start.moved(.pageDown, rowCount: 10, columnCount: 4, pageSize: 5)
        #expect(paged.cursorRow == 5 && paged.rowOffset == 5)
        #expect(paged.moved(.pageDown, rowCount: 10, columnCount: 4, pageSize: 5).cursorRow == 9)
        #expect(paged.moved(.halfPageUp, rowCount: 10, columnCount: 4, pageSize: 5).cursorRow == 3)
        #expect(paged.moved(.home, rowCount: 10, columnCount: 4, pageSize: 5).cursorRow == 0)
        #expect(TableState(cursorRow: 9).moved(.down, rowCount: 10, columnCount: 4, pageSize: 5).cursorRow == 9)
    }

    @Test("Keys map to moves: arrows, vim keys, paging")
    func keyMapping() {
        #expect(TableState.Move(key: .down) == .down)
        #expect(TableState.Move(key: .character("l")) == .right)
        #expect(TableState.Move(key: .character("G")) == .end)
        #expect(TableState.Move(key: .control("d")) == .halfPageDown)
        #expect(TableState.Move(key: .pageUp) == .pageUp)
        #expect(TableState.Move(key: .character("q")) == nil)
    }

    @Test("Clamping after rows disappear (filter) or for an empty table")
    func clamping() {
        let state = TableState(cursorRow: 40, cursorColumn: 9, rowOffset: 35, columnOffset: 6)
        #expect(state.clamped(rowCount: 12, columnCount: 5) == TableState(cursorRow: 11, cursorColumn: 4, rowOffset: 11, columnOffset: 4))
        #expect(state.clamped(rowCount: 0, columnCount: 0) == TableState())
    }

    @Test("Scrolling keeps the cursor visible and gives back space after a resize")
    func scrolling() {
        let table = TableFixtures.table(footer: false)
        let small = Rect(x: 0, y: 0, width: 80, height: 10)
        let down = table.scrolled(TableState(cursorRow: 20), in: small)
        #expect(down.rowOffset > 0)
        var buffer = Buffer(width: 80, height: 10)
        var state = down
        table.render(into: &buffer, area: small, state: &state)
        #expect(buffer.textLines.contains { $0.hasPrefix(table.rows[20].cells[0].text) })
        let tall = Rect(x: 0, y: 0, width: 80, height: 60)
        #expect(table.scrolled(down, in: tall).rowOffset == 0)
        let wide = Rect(x: 0, y: 0, width: 250, height: 10)
        #expect(table.scrolled(TableState(cursorColumn: 11, columnOffset: 8), in: wide).columnOffset == 0)
    }
}
