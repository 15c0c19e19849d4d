/// Where the user is in a table: the cursor cell plus the scroll offsets.
/// All moves are pure and return a new state; `TableView` adjusts the offsets
/// while rendering so the cursor stays visible.
public struct TableState: Hashable, Sendable {
    /// Index into the table's rows.
    public var cursorRow: Int
    /// Index into the table's columns (0 is the sticky label column when there is one).
    public var cursorColumn: Int
    /// First row shown below the header.
    public var rowOffset: Int
    /// First scrolling column shown (counted among the columns to the right of the sticky one).
    public var columnOffset: Int

    public init(cursorRow: Int = 0, cursorColumn: Int = 0, rowOffset: Int = 0, columnOffset: Int = 0) {
        self.cursorRow = cursorRow
        self.cursorColumn = cursorColumn
        self.rowOffset = rowOffset
        self.columnOffset = columnOffset
    }

    /// A cursor movement, named after what the user asks for rather than the key.
    public enum Move: Hashable, Sendable {
        case up, down, left, right
        /// A screenful (PageUp/PageDown).
        case pageUp, pageDown
        /// Half a screenful (Ctrl-U/Ctrl-D).
        case halfPageUp, halfPageDown
        /// First and last row (Home/End, `g`/`G`).
        case home, end
        /// First and last column.
        case firstColumn, lastColumn
    }

    /// The state after a move, clamped to the table's size.
    /// - Parameter pageSize: rows visible at once (see `TableView.bodyHeight(in:)`).
    public func moved(_ move: Move, rowCount: Int, columnCount: Int, pageSize: Int) -> TableState {
        var next = self
        let page = max(1, pageSize)
        switch move {
        case .up: next.cursorRow -= 1
        case .down: next.cursorRow += 1
        case .left: next.cursorColumn -= 1
        case .right: next.cursorColumn += 1
        case .pageUp:
            // Scroll the view along with the cursor so a page move shows a new page.
            next.cursorRow -= page
            next.rowOffset -= page
        case .pageDown:
            next.cursorRow += page
            next.rowOffset += page
        case .halfPageUp:
            next.cursorRow -= max(1, page / 2)
            next.rowOffset -= max(1, page / 2)
        case .halfPageDown:
            next.cursorRow += max(1, page / 2)
            next.rowOffset += max(1, page / 2)
        case .home: next.cursorRow = 0
        case .end: next.cursorRow = rowCount - 1
        case .firstColumn: next.cursorColumn = 0
        case .lastColumn: next.cursorColumn = columnCount - 1
        }
        return next.clamped(rowCount: rowCount, columnCount: columnCount)
    }

    /// Keeps every index inside the table, e.g. after filtering removed rows.
    /// Offsets are only bounded here; `TableView` fits them to the visible area.
    public func clamped(rowCount: Int, columnCount: Int) -> TableState {
        TableState(
            cursorRow: Self.clamp(cursorRow, count: rowCount),
            cursorColumn: Self.clamp(cursorColumn, count: columnCount),
            rowOffset: Self.clamp(rowOffset, count: rowCount),
            columnOffset: Self.clamp(columnOffset, count: columnCount)
        )
    }

    private static func clamp(_ value: Int, count: Int) -> Int {
        max(0, min(value, count - 1))
    }
}

extension TableState.Move {
    /// The usual table keys: arrows and vim keys (`hjkl`, `g`/`G`, Ctrl-D/Ctrl-U),
    /// PageUp/PageDown, Home/End, and `0`/`$` for the first/last column.
    /// Nil for keys that are not movements.
    public init?(key: Key) {
        switch key {
        case .up, .character("k"): self = .up
        case .down, .character("j"): self = .down
        case .left, .character("h"): self = .left
        case .right, .character("l"): self = .right
        case .pageUp: self = .pageUp
        case .pageDown: self = .pageDown
        case .control("u"): self = .halfPageUp
        case .control("d"): self = .halfPageDown
        case .home, .character("g"): self = .home
        case .end, .character("G"): self = .end
        case .character("0"): self = .firstColumn
        case .character("$"): self = .lastColumn
        default: return nil
        }
    }
}
