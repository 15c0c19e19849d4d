import MonitorCore
import SnapshotSupport
import Testing
import TerminalUI
@testable import MonitorApp

/// Every screen rendered into the in-memory backend and compared with Snapshots/*.txt.
@Suite struct ScreenSnapshotTests {
    let model: MonitorModel
    init() throws { model = try BundledModel.get() }

    func render(_ actions: [Action], width: Int, height: Int) -> Buffer {
        var state = AppState(size: Size(width: width, height: height))
        for a in actions { _ = update(&state, a, model: model) }
        var terminal = Terminal(backend: MemoryBackend(width: width, height: height), minimumSize: Size(width: 80, height: 24))
        _ = try? terminal.draw { DashboardView.render(&state, model: model, into: &$0) }
        return terminal.backend.buffer
    }

    static let cases: [(name: String, actions: [Action])] = [
        ("zero-measurement", []),
        ("zero-measurement-residential-by-municipality", [.focusPreviousTable]),
        ("zero-measurement-chart", [.move(.down), .move(.right), .move(.right), .zeroMeasurement(.toggleChart)]),
        ("zero-measurement-per-1000", [.zeroMeasurement(.toggleMeasure)]),
        ("zero-measurement-sorted-filtered", [.focusPreviousTable, .move(.right), .sort(descending: true), .beginFilter, .editPrompt(.insert("e"))]),
        ("costs", [.selectScreen(CostsScreen.id)]),
        ("costs-helmond-months", [.selectScreen(CostsScreen.id), .move(.down), .move(.down), .move(.down), .move(.down), .costs(.drillDown)]),
        ("costs-products", [.selectScreen(CostsScreen.id), .focusNextTable, .focusNextTable]),
        ("costs-segment2-subregion", [.selectScreen(CostsScreen.id), .costs(.cycleArea(2)), .costs(.cycleSelection(2))]),
        ("costs-per-client", [.selectScreen(CostsScreen.id), .focusPreviousTable, .focusPreviousTable]),
        ("costs-year-to-date", [.selectScreen(CostsScreen.id), .focusPreviousTable]),
        ("segment2", [.selectScreen(Segment2Screen.id)]),
        ("segment2-april-2023-providers", [.selectScreen(Segment2Screen.id), .segment2(.shiftMonth(-42)), .move(.right), .focusNextTable]),
        ("segment2-areas", [.selectScreen(Segment2Screen.id), .focusPreviousTable]),
        ("segment2-trend", [.selectScreen(Segment2Screen.id), .segment2(.toggleTrend)]),
        ("ambitions", [.selectScreen(AmbitionsScreen.id)]),
        ("ambitions-pace", [.selectScreen(AmbitionsScreen.id), .focusNextTable]),
        ("ambitions-small-scale", [.selectScreen(AmbitionsScreen.id), .move(.down)]),
        ("help", [.toggleHelp]),
        ("providers", [.selectScreen(ProvidersScreen.id)]),
        ("provider-profile", [.selectScreen(ProvidersScreen.id), .move(.down), .move(.down), .providers(.openProfile)]),
        ("provider-profile-months", [.selectScreen(ProvidersScreen.id), .move(.down), .move(.down), .providers(.openProfile),
                                     .focusNextTable, .focusNextTable, .focusNextTable, .focusNextTable]),
        ("municipalities", [.selectScreen(MunicipalitiesScreen.id)]),
        ("municipality-nuenen", [.selectScreen(MunicipalitiesScreen.id)] + Array(repeating: .move(.down), count: 6) + [.municipalities(.openProfile)]),
        ("municipality-nuenen-mine", [.selectScreen(MunicipalitiesScreen.id)] + Array(repeating: .move(.down), count: 6)
            + [.markMunicipality, .municipalities(.openProfile), .focusNextTable]),
        ("deliveries", [.selectScreen(DeliveriesScreen.id)]),
        ("deliveries-helmond", [.selectScreen(DeliveriesScreen.id), .move(.down), .move(.down), .move(.down), .move(.down), .deliveries(.open)]),
        ("costs-mine", [.selectScreen(MunicipalitiesScreen.id)] + Array(repeating: .move(.down), count: 6) + [.markMunicipality, .selectScreen(CostsScreen.id)]),
    ]

    @Test(arguments: [(80, 24), (120, 40)])
    func screens(width: Int, height: Int) {
        for c in Self.cases {
            assertSnapshot(render(c.actions, width: width, height: height).textLines, named: "\(c.name)-\(width)x\(height)")
        }
    }

    @Test func wideWindowsShowTheSegment2TrendBesideTheTables() {
        assertSnapshot(render([.selectScreen(Segment2Screen.id)], width: 200, height: 60).textLines, named: "segment2-200x60")
        assertSnapshot(render([.selectScreen(CostsScreen.id)], width: 200, height: 60).textLines, named: "costs-200x60")
        assertSnapshot(render([.selectScreen(ProvidersScreen.id)], width: 200, height: 60).textLines, named: "providers-200x60")
        assertSnapshot(render([.selectScreen(ProvidersScreen.id), .move(.down), .move(.down), .providers(.openProfile)], width: 200, height: 60).textLines,
                       named: "provider-profile-200x60")
        assertSnapshot(render([.selectScreen(MunicipalitiesScreen.id)] + Array(repeating: .move(.down), count: 6) + [.municipalities(.openProfile)],
                              width: 200, height: 60).textLines, named: "municipality-nuenen-200x60")
    }

    @Test func colourRolesOfTheMainScreen() {
        assertSnapshot(render([], width: 120, height: 40).styleAnnotatedLines, named: "zero-measurement-120x40.styles")
    }

    @Test func publishedFigureIsOnTheFirstScreen() {
        let text = render([], width: 120, height: 40).textLines.joined(separator: "\n")
        #expect(text.contains("2.635"))
        #expect(text.contains("DEMO-DATA"))
        #expect(text.contains("levering oktober 2026"))
    }

    @Test func tooSmallWindowSaysSo() {
        let text = render([], width: 60, height: 20).textLines.joined(separator: "\n")
        #expect(text.contains("80"))
    }
}
