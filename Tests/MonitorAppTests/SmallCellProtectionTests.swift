import MonitorCore
import Testing
import TerminalUI
@testable import MonitorApp

/// The dashboard's small-cell toggle (contract §7.10): one shared key, a marker in the header,
/// every table and every export withheld while it is on.
@Suite struct SmallCellProtectionTests {
    let model: MonitorModel
    init() throws { model = try BundledModel.get() }

    func header(_ state: AppState, width: Int, height: Int) -> String {
        var state = state
        var terminal = Terminal(backend: MemoryBackend(width: width, height: height), minimumSize: Size(width: 80, height: 24))
        _ = try? terminal.draw { DashboardView.render(&state, model: model, into: &$0) }
        return terminal.backend.buffer.textLines[0]
    }

    @Test func theToggleFlipsTheStateAndSaysSo() {
        var s = AppState(size: Size(width: 120, height: 40))
        #expect(!s.protectSmallCells)
        _ = update(&s, .toggleSmallCellProtection, model: model)
        #expect(s.protectSmallCells)
        #expect(s.status?.text.contains("<5") == true)
        _ = update(&s, .toggleSmallCellProtection, model: model)
        #expect(!s.protectSmallCells)
    }

    @Test func oneKeyOnEveryScreenListedInHelp() {
        var s = AppState(size: Size(width: 120, height: 40))
        for screen in ScreenRegistry.all {
            _ = update(&s, .selectScreen(screen.id), model: model)
            #expect(KeyMap.action(for: .key(.character("x")), state: s) == .toggleSmallCellProtection, "\(screen.title)")
            #expect(KeyMap.helpEntries(for: screen).contains { $0.key == "x" }, "\(screen.title)")
        }
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func theHeaderShowsTheMarkerWhileOn(width: Int, height: Int) {
        var s = AppState(size: Size(width: width, height: height))
        #expect(!header(s, width: width, height: height).contains("AFGESCHERMD"))
        _ = update(&s, .toggleSmallCellProtection, model: model)
        let line = header(s, width: width, height: height)
        #expect(line.contains("AFGESCHERMD <5"))
        #expect(line.contains("DEMO-DATA"))
    }

    @Test func tablesAndExportsFollowTheToggle() throws {
        var s = AppState(size: Size(width: 120, height: 40))
        _ = update(&s, .selectScreen(ProvidersScreen.id), model: model)
        func exported() -> String {
            guard case .export(_, let csv) = update(&s, .export, model: model).first else { return "" }
            return csv
        }
        let plain = exported()
        #expect(!plain.isEmpty && !plain.contains("<5"))
        _ = update(&s, .toggleSmallCellProtection, model: model)
        let protected = exported()
        // Same rows and columns; small providers' figures withheld.
        #expect(protected.contains("<5"))
        #expect(protected.split(separator: "\n").count == plain.split(separator: "\n").count)
        #expect(currentSheet(s, model: model).rows.flatMap(\.values).contains(.text(SmallCells.marker)))
        // Tables that come through reports follow it as well (the 0-meting per municipality).
        _ = update(&s, .selectScreen(ZeroMeasurementScreen.id), model: model)
        let context = s.context(model)
        #expect(context.model.protectsSmallCells)
        let off = model.table(ReportRequest(.residentialByMunicipality))
        let on = context.model.table(ReportRequest(.residentialByMunicipality))
        #expect(on.rows.count == off.rows.count)
        for (a, b) in zip(on.rows, off.rows) {
            for (x, y) in zip(a.values, b.values) {
                // A withheld cell was a count of 1–4; every other cell is untouched.
                if x == .text(SmallCells.marker) { #expect(y.numericValue.map { (1...4).contains(Int($0)) } == true) } else { #expect(x == y) }
            }
        }
    }
}
