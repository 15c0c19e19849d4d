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
        if screen == .segment2 && state.segment2.tables == nil { state.segment2.tables = model.segment2Tables() }
    case .nextScreen:
        let next = ScreenID(rawValue: (state.screen.rawValue + 1) % ScreenID.allCases.count) ?? state.screen
        return update(&state, .selectScreen(next), model: model)
    case .previousScreen:
        let n = ScreenID.allCases.count
        let previous = ScreenID(rawValue: (state.screen.rawValue + n - 1) % n) ?? state.screen
        return update(&state, .selectScreen(previous), model: model)
    case .move(let move):
        let sheet = currentSheet(state, model: model)
        let page = Layouts.pageSize(state, model: model)
        state.withCurrentSheetState {
            $0.table = $0.table.moved(move, rowCount: sheet.rows.count, columnCount: sheet.columnCount, pageSize: page)
        }
    case .focusNextTable, .focusPreviousTable:
        let n = state.screen.tableCount
        guard n > 1 else { break }
        let step = action == .focusNextTable ? 1 : n - 1
        switch state.screen {
        case .zeroMeasurement: state.zero.focus = (state.zero.focus + step) % n
        case .costs: state.costs.focus = (state.costs.focus + step) % n
        case .segment2: state.segment2.focus = (state.segment2.focus + step) % n
        case .ambitions: break
        }
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
        switch state.screen {
        case .zeroMeasurement:
            state.zero.measure = state.zero.measure == .absolute ? .perThousandYouths : .absolute
            state.status = StatusMessage(text: "Weergave: \(state.zero.measure.label)", kind: .info)
        case .costs:
            state.costs.measure = state.costs.measure == .euros ? .perYouth : .euros
            state.status = StatusMessage(text: "Jaarrekening: \(state.costs.measure.label)", kind: .info)
        default: break
        }
    case .toggleChart:
        switch state.screen {
        case .zeroMeasurement: state.zero.showsChart.toggle()
        case .costs: state.costs.showsChart.toggle()
        case .segment2: state.segment2.showsTrend = !Segment2Screen.showsTrend(state)
        case .ambitions: break
        }
    case .drillDown:
        guard state.screen == .costs, state.costs.focus == 0 else { break }
        let sheet = currentSheet(state, model: model)
        guard let row = sheet.rows[safe: state.costs.sheets[0].table.cursorRow],
              let area = model.costs.areas.firstIndex(where: { $0.name == row.label }) else { break }
        state.costs.area = area == model.costs.regionIndex ? nil : area
        state.costs.focus = 0
        state.costs.showDetailAfresh()
        state.status = StatusMessage(text: "Maanden en producten van \(row.label); r: terug naar de regio", kind: .info)
    case .showRegion:
        guard state.screen == .costs else { break }
        state.costs.area = nil
        state.costs.showDetailAfresh()
        state.status = StatusMessage(text: "Maanden en producten van de regio", kind: .info)
    case .cycleArea(let step):
        guard state.screen == .costs else { break }
        // Region first, then the subregions, then the municipalities.
        let order = [model.costs.regionIndex] + Array(model.municipalityNames.count..<model.costs.regionIndex) + Array(0..<model.municipalityNames.count)
        let current = order.firstIndex(of: state.costs.area ?? model.costs.regionIndex) ?? 0
        let next = order[(current + step + order.count) % order.count]
        state.costs.area = next == model.costs.regionIndex ? nil : next
        state.costs.showDetailAfresh()
        state.status = StatusMessage(text: "Gebied: \(model.costs.areas[next].name)", kind: .info)
    case .cycleSelection(let step):
        guard state.screen == .costs else { break }
        let all = model.costs.selections
        let current = all.firstIndex(of: state.costs.detail?.selection ?? .all) ?? 0
        let next = all[(current + step + all.count) % all.count]
        let year = (state.costs.detail ?? model.costs.allProducts).productYear
        state.costs.detail = next == .all && year == model.costs.allProducts.productYear
            ? nil : CostsDetail(model.dataset, areas: model.costs.areas, selection: next, productYear: year)
        state.costs.showDetailAfresh()
        state.status = StatusMessage(text: "Maanden en producten: \(next.label)", kind: .info)
    case .shiftProductYear(let step):
        guard state.screen == .costs else { break }
        let current = state.costs.detail ?? model.costs.allProducts
        let year = min(max(current.productYear + step, Dataset.firstDataMonth.year), model.deliveryMonth.year)
        guard year != current.productYear else { break }
        state.costs.detail = CostsDetail(model.dataset, areas: model.costs.areas, selection: current.selection, productYear: year)
        state.costs.focus = 2
        state.status = StatusMessage(text: "Duurste producten \(year)\(year == model.deliveryMonth.year ? " (nog niet compleet)" : "")", kind: .info)
    case .toggleSharedScale:
        guard state.screen == .costs else { break }
        state.costs.sharedScale.toggle()
        state.status = StatusMessage(text: state.costs.sharedScale ? "Grafieken op één schaal: niveaus vergelijken" : "Grafieken elk op eigen schaal: verloop vergelijken", kind: .info)
    case .shiftMonth(let delta):
        guard state.screen == .segment2 else { break }
        let current = state.segment2.tables?.month ?? model.deliveryMonth
        let target = min(max(current.advanced(by: delta), Dataset.firstDataMonth), model.deliveryMonth)
        guard target != current else { break }
        state.segment2.tables = model.segment2Tables(month: target, areaPeriod: state.segment2.tables?.areaPeriod ?? .halfYear)
        state.status = StatusMessage(text: "Peilmaand \(DutchCalendar.name(of: target))", kind: .info)
    case .cycleAreaPeriod:
        guard state.screen == .segment2 else { break }
        let current = state.segment2.tables ?? model.segment2Tables()
        let all = AreaPeriod.allCases
        let next = all[((all.firstIndex(of: current.areaPeriod) ?? 0) + 1) % all.count]
        state.segment2.tables = model.segment2Tables(month: current.month, areaPeriod: next)
        state.segment2.focus = 2
        state.status = StatusMessage(text: state.segment2.tables!.areas.title, kind: .info)
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
    case .zeroMeasurement: model.zeroMeasurementTables(state.zero.measure)[safe: state.zero.focus] ?? .empty
    case .costs: CostsScreen.table(state.costs.focus, state: state, model: model)
    case .segment2: Segment2Screen.table(state.segment2.focus, state: state, model: model)
    case .ambitions: model.ambitions
    }
}

extension WideTable {
    static let empty = WideTable(title: "", columns: [], rows: [])
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
    case .costs:
        let area = state.costs.area.map { model.costs.areas[$0].name.lowercased().replacing(" ", with: "-") } ?? "regio"
        base = ["zorgkosten-jaarrekening", "kosten-per-maand-\(area)", "duurste-producten-\(area)", "kosten-per-client"][state.costs.focus]
    case .segment2:
        let month = state.segment2.tables?.month ?? model.deliveryMonth
        base = ["segment2-producten-\(month)", "segment2-aanbieders-\(month)", "segment2-gebieden-\(month.year)"][state.segment2.focus]
        return base
    case .ambitions: base = "ambities-2028"
    }
    return "\(base)-\(model.deliveryMonth)"
}

extension AppState {
    public var currentSheetState: SheetState {
        switch screen {
        case .zeroMeasurement: zero.sheets[zero.focus]
        case .costs: costs.sheets[costs.focus]
        case .segment2: segment2.sheets[segment2.focus]
        case .ambitions: ambitions
        }
    }

    mutating func withCurrentSheetState(_ change: (inout SheetState) -> Void) {
        switch screen {
        case .zeroMeasurement: change(&zero.sheets[zero.focus])
        case .costs: change(&costs.sheets[costs.focus])
        case .segment2: change(&segment2.sheets[segment2.focus])
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

extension CostsState {
    /// Another area or selection: its months and products start at the top, in focus.
    mutating func showDetailAfresh() {
        if focus == 0 { focus = 1 }
        sheets[1] = SheetState()
        sheets[2] = SheetState()
    }
}
