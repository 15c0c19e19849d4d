import MonitorCore
import TerminalUI

/// The only place the dashboard's state changes. Pure apart from the returned effects, so
/// every screen is testable without a terminal. It knows only what every screen shares and
/// applies it to the focused table; a screen's own commands go to that screen.
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
    let context = state.context(model)
    switch action {
    case .selectScreen(let screen):
        state.screen = screen
        state.status = nil
    case .nextScreen, .previousScreen:
        let all = ScreenRegistry.all
        let step = action == .nextScreen ? 1 : all.count - 1
        return update(&state, .selectScreen(all[(ScreenRegistry.index(of: state.screen) + step) % all.count].id), model: model)
    case .move(let move):
        let page = Layouts.pageSize(state, model: model)
        state.withCurrent { screen in
            let sheet = screen.focusedSheet(in: context)
            screen.changeFocusedSheet {
                $0.table = $0.table.moved(move, rowCount: sheet.rows.count, columnCount: sheet.columnCount, pageSize: page)
            }
        }
    case .focusNextTable: state.withCurrent { $0.moveFocus(by: 1) }
    case .focusPreviousTable: state.withCurrent { $0.moveFocus(by: -1) }
    case .sort(let descending):
        state.status = state.withCurrent { screen in
            let sheet = screen.focusedSheet(in: context)
            let order = SortOrder(column: screen.focusedSheetState.table.cursorColumn, descending: descending)
            screen.changeFocusedSheet { $0.sort = $0.sort == order ? nil : order }
            return StatusMessage(screen.focusedSheetState.sort == nil
                ? UIText.publishedOrder : UIText.sorted(by: sheet.headerTitle(order.column), descending: descending))
        }
    case .beginFilter:
        state.prompt = .filter(PromptState(text: state.current.focusedSheetState.filter))
    case .editPrompt(let edit):
        guard case .filter(var p) = state.prompt else { break }
        p = p.applying(edit)
        state.prompt = .filter(p)
        // Filter as you type, so the effect is visible; Esc restores nothing, Enter keeps it.
        setFilter(&state, p.text, context)
    case .commitPrompt:
        guard case .filter(let p) = state.prompt else { break }
        state.prompt = nil
        setFilter(&state, p.text, context)
        let shown = state.current.focusedSheet(in: context).body.count
        state.status = StatusMessage(p.text.isEmpty ? UIText.filterCleared : UIText.filtered(p.text, rows: shown))
    case .cancelPrompt:
        state.prompt = nil
        setFilter(&state, "", context)
        state.status = StatusMessage(UIText.filterCleared)
    case .export:
        let screen = state.current
        let name = screen.exportName(in: context)
        return [.export(fileStem: "\(name)-\(model.deliveryMonth)", csv: SheetExport.csv(screen.focusedSheet(in: context)))]
    case .toggleHelp:
        state.overlay = .help(scroll: 0)
    case .scrollHelp:
        break
    case .resize(let size):
        state.size = size
    case .showStatus(let message):
        state.status = message
    case .markMunicipality:
        let screen = state.current
        let row = screen.focusedSheet(in: context).rows[safe: screen.focusedSheetState.table.cursorRow]
        guard let code = row?.key, let m = model.dataset.municipalityIndex[code] else {
            state.status = StatusMessage(UIText.noMunicipalityUnderCursor); break
        }
        state.myMunicipality = state.myMunicipality == code ? nil : code
        state.status = StatusMessage(state.myMunicipality == nil ? UIText.municipalityUnmarked : UIText.municipalityMarked(model.dataset.municipalities[m].name))
    case .toggleSmallCellProtection:
        // Tables keep their shape (only cells change), so cursors and sorts stay where they are.
        state.protectSmallCells.toggle()
        state.status = StatusMessage(state.protectSmallCells ? UIText.smallCellsProtected : UIText.smallCellsShown)
    case .quit:
        if state.prompt != nil { state.prompt = nil } else { state.shouldQuit = true }
    case .screen(let command):
        let result = state.withCurrent { $0.perform(boxed: command, in: context) }
        if let message = result.status { state.status = message }
        return result.effects
    }
    return []
}

/// The table the cursor is in, as shown.
public func currentSheet(_ state: AppState, model: MonitorModel) -> Sheet {
    state.current.focusedSheet(in: state.context(model))
}

/// Sets the focused table's filter and keeps the cursor on a row that is still there.
private func setFilter(_ state: inout AppState, _ text: String, _ context: ScreenContext) {
    state.withCurrent { screen in
        screen.changeFocusedSheet { $0.filter = text }
        let sheet = screen.focusedSheet(in: context)
        screen.changeFocusedSheet { $0.table = $0.table.clamped(rowCount: sheet.rows.count, columnCount: sheet.columnCount) }
    }
}

extension Screen {
    func exportName(in context: ScreenContext) -> String { exportName(focus, in: context) }
}

extension Sheet {
    func headerTitle(_ column: Int) -> String {
        column == 0 ? (table.corner.isEmpty ? UIText.labelColumn : table.corner) : (SheetColumns.titles(table)[safe: column - 1] ?? "")
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
