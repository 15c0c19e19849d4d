import TerminalUI

/// Everything the user can ask for, independent of the key that asks it.
public enum Action: Hashable, Sendable {
    case selectScreen(ScreenID)
    case nextScreen, previousScreen
    case move(TableState.Move)
    case focusNextTable, focusPreviousTable
    /// Sort by the cursor column; again on the same column clears the sort.
    case sort(descending: Bool)
    case beginFilter
    case editPrompt(PromptEdit)
    case commitPrompt, cancelPrompt
    case toggleMeasure
    case toggleChart
    /// Kosten: show the months and products of the municipality under the cursor.
    case drillDown
    /// Kosten: back to the region's months and products.
    case showRegion
    /// Kosten: small multiples on one scale or each on its own.
    case toggleSharedScale
    /// Kosten: the next (or previous) area: region, subregions, municipalities.
    case cycleArea(Int)
    /// Kosten: the next (or previous) product selection: all, a segment, a category.
    case cycleSelection(Int)
    /// Kosten: the products table a year later (or earlier).
    case shiftProductYear(Int)
    /// Segment 2: move the peilmaand by this many months.
    case shiftMonth(Int)
    /// Segment 2: the area table's period: half year, year, month.
    case cycleAreaPeriod
    case export
    case toggleHelp
    case scrollHelp(Int)
    case resize(Size)
    case showStatus(StatusMessage)
    case quit
}

/// Editing keys of the one-line prompt.
public enum PromptEdit: Hashable, Sendable {
    case insert(Character), backspace, delete, left, right, home, end
}

/// Work `update` asks the runner to do outside the pure state change.
public enum Effect: Hashable, Sendable {
    /// Write a CSV export of the table in view; the runner reports the path in the status bar.
    case export(fileStem: String, csv: String)
}
