import MonitorCore
import Testing
import TerminalUI
@testable import MonitorApp

/// State changes through actions, without a terminal.
@Suite struct ActionTests {
    let model: MonitorModel
    init() throws { model = try BundledModel.get() }

    func state() -> AppState { AppState(size: Size(width: 120, height: 40)) }

    @Test func screensCycleWithTabAndNumberKeys() {
        var s = state()
        _ = update(&s, .nextScreen, model: model)
        #expect(s.screen == CostsScreen.id)
        _ = update(&s, .nextScreen, model: model)
        #expect(s.screen == Segment2Screen.id)
        #expect((s[Segment2Screen.self].month ?? model.deliveryMonth) == model.deliveryMonth)
        _ = update(&s, .nextScreen, model: model)
        #expect(s.screen == AmbitionsScreen.id)
        _ = update(&s, .nextScreen, model: model)
        #expect(s.screen == ProvidersScreen.id)
        _ = update(&s, .nextScreen, model: model)
        #expect(s.screen == MunicipalitiesScreen.id)
        _ = update(&s, .nextScreen, model: model)
        #expect(s.screen == DeliveriesScreen.id)
        _ = update(&s, .nextScreen, model: model)
        #expect(s.screen == ZeroMeasurementScreen.id)
        _ = update(&s, .previousScreen, model: model)
        #expect(s.screen == DeliveriesScreen.id)
        #expect(KeyMap.action(for: .key(.character("1")), state: s) == .selectScreen(ZeroMeasurementScreen.id))
        #expect(KeyMap.action(for: .key(.tab), state: s) == .nextScreen)
        #expect(KeyMap.action(for: .key(.character("j")), state: s) == .move(.down))
        #expect(KeyMap.action(for: .key(.function(1)), state: s) == .toggleHelp)
    }

    @Test func cursorMovesAndStaysInsideTheTable() {
        var s = state()
        for _ in 0..<100 { _ = update(&s, .move(.down), model: model) }
        let sheet = currentSheet(s, model: model)
        #expect(s[ZeroMeasurementScreen.self].sheetState(.inCare).table.cursorRow == sheet.rows.count - 1)
        _ = update(&s, .move(.home), model: model)
        #expect(s[ZeroMeasurementScreen.self].sheetState(.inCare).table.cursorRow == 0)
        _ = update(&s, .move(.lastColumn), model: model)
        #expect(s[ZeroMeasurementScreen.self].sheetState(.inCare).table.cursorColumn == sheet.columnCount - 1)
    }

    @Test func sortByCursorColumnAndAgainToRestore() {
        var s = state()
        _ = update(&s, .focusNextTable, model: model)
        _ = update(&s, .focusNextTable, model: model)
        #expect(s[ZeroMeasurementScreen.self].focus == .residentialByMunicipality)
        // The column cursor starts on the first figure: S1 2022.
        _ = update(&s, .sort(descending: true), model: model)
        #expect(currentSheet(s, model: model).body.first?.label == "Helmond")
        #expect(s.status?.text == "Gesorteerd op S1 2022, aflopend")
        _ = update(&s, .sort(descending: true), model: model)
        #expect(currentSheet(s, model: model).body.first?.label == "Asten")
        #expect(currentSheet(s, model: model).footer?.label == "Eindtotaal")
    }

    @Test func filterNarrowsRowsAndEscapeClearsIt() {
        var s = state()
        _ = update(&s, .focusPreviousTable, model: model)
        #expect(s[ZeroMeasurementScreen.self].focus == .residentialByMunicipality)
        _ = update(&s, .beginFilter, model: model)
        for c in "HEL" { _ = update(&s, .editPrompt(.insert(c)), model: model) }
        _ = update(&s, .commitPrompt, model: model)
        #expect(s.prompt == nil)
        #expect(currentSheet(s, model: model).body.map(\.label) == ["Helmond"])
        #expect(s.status?.text == "Filter \"HEL\": 1 rij(en)")
        #expect(KeyMap.action(for: .key(.escape), state: s) == .cancelPrompt)
        _ = update(&s, .cancelPrompt, model: model)
        #expect(currentSheet(s, model: model).body.count == 11)
    }

    @Test func measureTogglesBetweenAbsoluteAndPerThousand() {
        var s = state()
        _ = update(&s, .zeroMeasurement(.toggleMeasure), model: model)
        #expect(s[ZeroMeasurementScreen.self].measure == .perThousandYouths)
        #expect(currentSheet(s, model: model).table.title.hasSuffix("(per 1.000 jeugdigen)"))
        _ = update(&s, .zeroMeasurement(.toggleMeasure), model: model)
        #expect(s[ZeroMeasurementScreen.self].measure == .absolute)
    }

    @Test func helpTakesKeysUntilClosed() {
        var s = state()
        _ = update(&s, .toggleHelp, model: model)
        #expect(s.overlay == .help(scroll: 0))
        #expect(KeyMap.action(for: .key(.character("q")), state: s) == .toggleHelp)
        _ = update(&s, .scrollHelp(2), model: model)
        #expect(s.overlay == .help(scroll: 2))
        _ = update(&s, .toggleHelp, model: model)
        #expect(s.overlay == nil)
        #expect(!s.shouldQuit)
        _ = update(&s, .quit, model: model)
        #expect(s.shouldQuit)
    }

    @Test func exportAsksForTheTableInViewAsCSV() throws {
        var s = state()
        _ = update(&s, .focusPreviousTable, model: model)
        let effects = update(&s, .export, model: model)
        let effect = try #require(effects.first)
        guard case .export(let stem, let csv) = effect else { Issue.record("no export"); return }
        #expect(stem == "verblijf-per-gemeente-2026-10")
        #expect(csv.hasPrefix("rij,S1 2022,S1 2023,"))
        #expect(csv.contains("\nHelmond,58,54,"))
        #expect(csv.contains("\nEindtotaal,168,170,"))
    }

    @Test func costsDrillIntoAMunicipalityAndBack() {
        var s = state()
        _ = update(&s, .selectScreen(CostsScreen.id), model: model)
        #expect(currentSheet(s, model: model).table.title.hasPrefix("Zorgkosten Jeugdwet"))
        for _ in 0..<4 { _ = update(&s, .move(.down), model: model) }  // Helmond
        _ = update(&s, .costs(.drillDown), model: model)
        #expect(s[CostsScreen.self].focus == .months)
        #expect(currentSheet(s, model: model).table.title == "Kosten per maand — Helmond, alle producten")
        // The newest month first, marked incomplete.
        #expect(currentSheet(s, model: model).rows.first?.label == "okt 2026")
        #expect(currentSheet(s, model: model).rows.first?.values.first == .status("◔", .notMet))
        _ = update(&s, .focusNextTable, model: model)
        #expect(currentSheet(s, model: model).table.title.hasPrefix("Duurste producten 2025 — Helmond"))
        _ = update(&s, .costs(.showRegion), model: model)
        #expect(currentSheet(s, model: model).table.title.contains("— Regio,"))
        _ = update(&s, .costs(.toggleMeasure), model: model)
        #expect(s[CostsScreen.self].perYouth)
    }

    @Test func costsAreasAndSelections() {
        var s = state()
        _ = update(&s, .selectScreen(CostsScreen.id), model: model)
        _ = update(&s, .costs(.cycleArea(1)), model: model)
        // After the region come the subregions, alphabetically.
        #expect(currentSheet(s, model: model).table.title == "Kosten per maand — Subregio Dommelvallei+, alle producten")
        _ = update(&s, .costs(.cycleSelection(1)), model: model)
        #expect(currentSheet(s, model: model).table.title == "Kosten per maand — Subregio Dommelvallei+, segment 1")
        _ = update(&s, .costs(.cycleSelection(-1)), model: model)
        #expect(s[CostsScreen.self].selection == .all)
        _ = update(&s, .focusNextTable, model: model)
        _ = update(&s, .focusNextTable, model: model)
        // Cost per client follows the area too.
        #expect(currentSheet(s, model: model).table.title == "Gemiddelde kosten per cliënt per jaar — Subregio Dommelvallei+")
        _ = update(&s, .costs(.shiftProductYear(-2)), model: model)
        #expect(s[CostsScreen.self].focus == .products)
        #expect(currentSheet(s, model: model).table.title.hasPrefix("Duurste producten 2023 — Subregio Dommelvallei+"))
    }

    @Test func segment2PeilmaandMovesAndProvidersFollowTheProduct() {
        var s = state()
        _ = update(&s, .selectScreen(Segment2Screen.id), model: model)
        _ = update(&s, .segment2(.shiftMonth(-12)), model: model)
        _ = update(&s, .segment2(.shiftMonth(-12)), model: model)
        _ = update(&s, .segment2(.shiftMonth(-6)), model: model)
        #expect(s[Segment2Screen.self].month == Month(year: 2024, month: 4))
        _ = update(&s, .segment2(.shiftMonth(-12)), model: model)
        #expect(s[Segment2Screen.self].month == Month(year: 2023, month: 4))
        #expect(currentSheet(s, model: model).rows.first?.values.map(\.displayText) == ["212", "44", "17", "1"])
        _ = update(&s, .move(.right), model: model)  // gezinshuis
        _ = update(&s, .focusNextTable, model: model)
        #expect(currentSheet(s, model: model).table.title.hasPrefix("Aanbieders Gezinshuis"))
        _ = update(&s, .segment2(.cycleAreaPeriod), model: model)
        #expect(s[Segment2Screen.self].focus == .areas)
        #expect(currentSheet(s, model: model).table.title == "Segment 2 tegen jeugdhulp en jeugdigen, 2023")
        _ = update(&s, .segment2(.cycleAreaPeriod), model: model)
        #expect(currentSheet(s, model: model).table.title == "Segment 2 tegen jeugdhulp en jeugdigen, april 2023")
        _ = update(&s, .segment2(.cycleAreaPeriod), model: model)
        // The factsheet's table: first half of 2023, Helmond 126 of 2.065.
        let helmond = currentSheet(s, model: model).rows.first { $0.label == "Helmond" }
        #expect(helmond?.values.prefix(2).map(\.displayText) == ["126", "2.065"])
        _ = update(&s, .segment2(.shiftMonth(1000)), model: model)
        #expect(s[Segment2Screen.self].month == model.deliveryMonth)
    }

    @Test func pageSizeFollowsTheWindow() {
        var small = AppState(size: Size(width: 80, height: 24))
        _ = update(&small, .move(.pageDown), model: model)
        var large = AppState(size: Size(width: 200, height: 60))
        _ = update(&large, .move(.pageDown), model: model)
        #expect(small[ZeroMeasurementScreen.self].sheetState(.inCare).table.cursorRow > 0)
        #expect(large[ZeroMeasurementScreen.self].sheetState(.inCare).table.cursorRow >= small[ZeroMeasurementScreen.self].sheetState(.inCare).table.cursorRow)
    }
}
