import MonitorCore
import TerminalUI

/// Everything the user can ask for, independent of the key that asks it. The shared actions
/// apply to the focused table of whatever screen is shown; a screen's own actions travel as
/// `.screen(…)` and only that screen reads them.
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
    case export
    case toggleHelp
    case scrollHelp(Int)
    case resize(Size)
    case showStatus(StatusMessage)
    /// Mark the municipality under the cursor as the reader's own (again: unmark).
    case markMunicipality
    /// Withhold counts of 1–4 people on every screen and in exports (again: show them).
    case toggleSmallCellProtection
    case quit
    /// A command of the screen on view.
    case screen(ScreenCommand)
}

/// Editing keys of the one-line prompt.
public enum PromptEdit: Hashable, Sendable {
    case insert(Character), backspace, delete, left, right, home, end
}

/// Work `update` asks the runner to do outside the pure state change.
public enum Effect: Hashable, Sendable {
    /// Write a CSV export of the table in view; the runner reports the path in the status bar.
    case export(fileStem: String, csv: String)
    /// Write a document (a provider brief) next to the exports; the runner reports the path.
    case document(fileStem: String, fileExtension: String, contents: String)
    /// Load another delivery and show it on every screen.
    case switchDelivery(Month)
}
