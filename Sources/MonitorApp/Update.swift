import MonitorCore
import TerminalUI

/// The only place the dashboard's state changes. Pure apart from the returned effects,
/// so every screen is testable without a terminal.
public func update(_ state: inout AppState, _ action: Action, model: MonitorModel) -> [Effect] {
    if case .help = state.overlay {
        switch action {
        case .toggleHelp, .quit: state.overlay = nil
        case .scrollHelp(let delta):
            if case .help(let scroll) = state.overlay { state.overlay = .help(scroll: max(0, scroll + delta)) }
        case .resize(let size): state.size = size
        default: break
        }
        return []
    }
    switch action {
    case .selectScreen(let screen):
        state.screen = screen
        state.status = nil
    case .nextScreen:
        state.screen = ScreenID(rawValue: (state.screen.rawValue + 1) % ScreenID.allCases.count) ?? state.screen
        state.status = nil
    case .previousScreen:
        let n = ScreenID.allCases.count
        state.screen = ScreenID(rawValue: (state.screen.rawValue + n - 1) % n) ?? state.screen
        state.status = nil
    case .move(let move):
        let sheet = currentSheet(state, model: model)
        let page = Layouts.pageSize(state, model: model)
        state.withCurrentSheetState {
            $0.table = $0.table.moved(move, rowCount: sheet.rows.count, columnCount: sheet.columnCount, pageSize: page)
        }
    case .focusNextTable, .focusPreviousTable:
        guard state.screen == .zeroMeasurement else { break }
        let n = ZeroMeasurementState.tableCount
        state.zero.focus = (state.zero.focus + (action == .focusNextTable ? 1 : n - 1)) % n
    case .sort(let descending):
        let column = state.currentSheetState.table.cursorColumn
        let order = SortOrder(column: column, descending: descending)
        let title = currentSheet(state, model: model).headerTitle(column)
        state.withCurrentSheetState { $0.sort = $0.sort == order ? nil : order }
        state.status = StatusMessage(
            text: state.currentSheetState.sort == nil ? "Volgorde zoals gepubliceerd" : "Gesorteerd op \(title), \(descending ? "aflopend" : "oplopend")",
            kind: .info)
    case .beginFilter:
        state.prompt = .filter(PromptState(text: state.currentSheetState.filter))
    case .editPrompt(let edit):
        guard case .filter(var p) = state.prompt else { break }
        p = p.applying(edit)
        state.prompt = .filter(p)
        // Filter as you type, so the effect is visible; Esc restores nothing, Enter keeps it.
        state.withCurrentSheetState { $0.filter = p.text }
        clampCurrentSheet(&state, model: model)
    case .commitPrompt:
        guard case .filter(let p) = state.prompt else { break }
        state.prompt = nil
        state.withCurrentSheetState { $0.filter = p.text }
        clampCurrentSheet(&state, model: model)
        let shown = currentSheet(state, model: model).body.count
        state.status = StatusMessage(text: p.text.isEmpty ? "Filter gewist" : "Filter \"\(p.text)\": \(shown) rij(en)", kind: .info)
    case .cancelPrompt:
        state.prompt = nil
        state.withCurrentSheetState { $0.filter = "" }
        clampCurrentSheet(&state, model: model)
        state.status = StatusMessage(text: "Filter gewist", kind: .info)
    case .toggleMeasure:
        guard state.screen == .zeroMeasurement else { break }
        state.zero.measure = state.zero.measure == .absolute ? .perThousandYouths : .absolute
        state.status = StatusMessage(text: "Weergave: \(state.zero.measure.label)", kind: .info)
    case .toggleChart:
        guard state.screen == .zeroMeasurement else { break }
        state.zero.showsChart.toggle()
    case .export:
        let sheet = currentSheet(state, model: model)
        return [.export(fileStem: exportStem(state, model: model), csv: SheetExport.csv(sheet))]
    case .toggleHelp:
        state.overlay = .help(scroll: 0)
    case .scrollHelp:
        break
    case .resize(let size):
        state.size = size
    case .showStatus(let message):
        state.status = message
    case .quit:
        if state.prompt != nil { state.prompt = nil } else { state.shouldQuit = true }
    }
    return []
}

/// The sheet the cursor is in.
public func currentSheet(_ state: AppState, model: MonitorModel) -> Sheet {
    let s = state.currentSheetState
    return Sheet(currentTable(state, model: model), sort: s.sort, filter: s.filter)
}

func currentTable(_ state: AppState, model: MonitorModel) -> WideTable {
    switch state.screen {
    case .zeroMeasurement: model.zeroMeasurementTables(state.zero.measure)[safe: state.zero.focus] ?? WideTable(title: "", columns: [], rows: [])
    case .ambitions: model.ambitions
    }
}

private func clampCurrentSheet(_ state: inout AppState, model: MonitorModel) {
    let sheet = currentSheet(state, model: model)
    state.withCurrentSheetState { $0.table = $0.table.clamped(rowCount: sheet.rows.count, columnCount: sheet.columnCount) }
}

private func exportStem(_ state: AppState, model: MonitorModel) -> String {
    let names = ["jeugdigen-in-zorg", "clienten-in-verblijf", "verblijf-per-gemeente"]
    let base: String
    switch state.screen {
    case .zeroMeasurement:
        base = names[safe: state.zero.focus].map { $0 + (state.zero.measure == .absolute ? "" : "-per-1000") } ?? "0-meting"
    case .ambitions: base = "ambities-2028"
    }
    return "\(base)-\(model.deliveryMonth)"
}

extension AppState {
    public var currentSheetState: SheetState {
        switch screen {
        case .zeroMeasurement: zero.sheets[zero.focus]
        case .ambitions: ambitions
        }
    }

    mutating func withCurrentSheetState(_ change: (inout SheetState) -> Void) {
        switch screen {
        case .zeroMeasurement: change(&zero.sheets[zero.focus])
        case .ambitions: change(&ambitions)
        }
    }
}

extension Sheet {
    func headerTitle(_ column: Int) -> String {
        column == 0 ? (table.corner.isEmpty ? "rijnaam" : table.corner) : (SheetColumns.titles(table)[safe: column - 1] ?? "")
    }
}

extension PromptState {
    func applying(_ edit: PromptEdit) -> PromptState {
        switch edit {
        case .insert(let c): inserting(c)
        case .backspace: deletingBackward()
        case .delete: deletingForward()
        case .left: movingLeft()
        case .right: movingRight()
        case .home: movingHome()
        case .end: movingEnd()
        }
    }
}
